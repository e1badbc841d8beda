import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Role } from '../graphql/generated/graphql';
import { ErrorSummary, type FieldError, FieldErrorMessage } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, ServiceProblem } from '../layout/status-pages';
import { errorFor, FormGroup, refusalOf } from '../register/register-form';
import { INVITABLE_ROLES, LOCAL_AUTHORITY_ROLES, ROLE_LABELS, SCHOOL_ROLES } from './admin-labels';
import { INVITE_ORGANISATIONS, INVITE_USER } from './admin-queries';

const FIELDS = ['email', 'displayName', 'role', 'schoolId', 'localAuthorityCode'];

/** Invites someone to a role in a school or local authority; the api e-mails them a one-time link. */
export function InvitePage() {
  const navigate = useNavigate();
  const { data, error } = useQuery(INVITE_ORGANISATIONS);
  const [invite, { loading }] = useMutation(INVITE_USER);
  const [form, setForm] = useState({ email: '', displayName: '', role: '', schoolId: '', localAuthorityCode: '' });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const set = (field: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  const forSchool = SCHOOL_ROLES.has(form.role);
  const forAuthority = LOCAL_AUTHORITY_ROLES.has(form.role);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!form.email.trim()) found.push({ field: 'email', message: 'Enter their email address' });
    if (!form.displayName.trim()) found.push({ field: 'displayName', message: 'Enter their name' });
    if (!form.role) found.push({ field: 'role', message: 'Select the role to offer' });
    if (forSchool && !form.schoolId) found.push({ field: 'schoolId', message: 'Select their school' });
    if (forAuthority && !form.localAuthorityCode) found.push({ field: 'localAuthorityCode', message: 'Select their local authority' });
    setErrors(found);
    if (found.length) return;
    try {
      await invite({
        variables: {
          input: {
            email: form.email.trim(),
            displayName: form.displayName.trim(),
            role: form.role as Role,
            schoolId: forSchool ? form.schoolId : undefined,
            localAuthorityCode: forAuthority ? form.localAuthorityCode : undefined,
          },
        },
      });
      void navigate(`/admin?search=${encodeURIComponent(form.email.trim())}`, {
        state: { confirmation: `Invitation sent to ${form.email.trim()}` },
      });
    } catch (refusal) {
      setErrors([refusalOf(refusal, 'email', FIELDS)]);
    }
  }

  const textInput = (id: 'email' | 'displayName', label: string, extra: { type?: string; autoComplete?: string }) => (
    <FormGroup error={errorFor(errors, id)}>
      <label className="govuk-label" htmlFor={id}>{label}</label>
      <FieldErrorMessage id={id} error={errorFor(errors, id)} />
      <input className={`govuk-input govuk-input--width-20${errorFor(errors, id) ? ' govuk-input--error' : ''}`} id={id} name={id}
        type={extra.type ?? 'text'} autoComplete={extra.autoComplete} spellCheck={false}
        aria-describedby={errorFor(errors, id) ? `${id}-error` : undefined} value={form[id]} onChange={(e) => set(id)(e.target.value)} />
    </FormGroup>
  );

  const select = (id: 'schoolId' | 'localAuthorityCode', label: string, options: { value: string; text: string }[]) => (
    <FormGroup error={errorFor(errors, id)}>
      <label className="govuk-label" htmlFor={id}>{label}</label>
      <FieldErrorMessage id={id} error={errorFor(errors, id)} />
      <select className={`govuk-select${errorFor(errors, id) ? ' govuk-select--error' : ''}`} id={id} name={id}
        aria-describedby={errorFor(errors, id) ? `${id}-error` : undefined} value={form[id]} onChange={(e) => set(id)(e.target.value)}>
        <option value="">Choose</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.text}</option>)}
      </select>
    </FormGroup>
  );

  return (
    <PageLayout title={errors.length ? 'Error: Invite a user' : 'Invite a user'}>
      <Link className="govuk-back-link" to="/admin">Back to users</Link>
      <ErrorSummary errors={errors} />
      <PageHeading caption="Administration">Invite a user</PageHeading>
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {data && (
        <form onSubmit={submit} noValidate>
          {textInput('email', 'Email address', { type: 'email', autoComplete: 'off' })}
          {textInput('displayName', 'Full name', { autoComplete: 'off' })}
          <FormGroup error={errorFor(errors, 'role')}>
            <fieldset className="govuk-fieldset" aria-describedby={errorFor(errors, 'role') ? 'role-error' : undefined}>
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Role</legend>
              <FieldErrorMessage id="role" error={errorFor(errors, 'role')} />
              <div className="govuk-radios govuk-radios--small">
                {INVITABLE_ROLES.map((role, index) => (
                  <div className="govuk-radios__item" key={role}>
                    <input className="govuk-radios__input" id={index === 0 ? 'role' : `role-${role}`} name="role" type="radio" value={role}
                      checked={form.role === role} onChange={() => set('role')(role)} />
                    <label className="govuk-label govuk-radios__label" htmlFor={index === 0 ? 'role' : `role-${role}`}>{ROLE_LABELS[role]}</label>
                  </div>
                ))}
              </div>
            </fieldset>
          </FormGroup>
          {forSchool && select('schoolId', 'School', data.schools.edges.map(({ node }) => ({ value: node.id, text: `${node.name} (URN ${node.urn})` })))}
          {forAuthority && select('localAuthorityCode', 'Local authority', data.localAuthorities.map((la) => ({ value: la.code, text: `${la.name} (${la.code})` })))}
          <button type="submit" className="govuk-button" disabled={loading}>Send invitation</button>
        </form>
      )}
    </PageLayout>
  );
}
