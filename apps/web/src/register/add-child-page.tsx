import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { useMe } from '../auth/require-session';
import { Checkboxes, TextField } from '../concerns/form-fields';
import { graphql } from '../graphql/generated';
import type { AddChildMutation } from '../graphql/generated/graphql';
import { ErrorSummary, type FieldError } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { NoAccessPage } from '../layout/status-pages';
import { type AddChildForm, CHILD_FIELDS, checkChild, childInput, EMPTY_CHILD, PLAN_OPTIONS } from './add-child-form';
import { DateInput, errorFor, Radios, refusalOf, TextArea } from './register-form';
import { formatDate, REGISTER_WORK_ROLES } from './register-labels';
import { TableScroll } from '../layout/table-scroll';

const ADD_CHILD = graphql(`
  mutation AddChild($input: ChildInput!) {
    addChild(input: $input) {
      child { id legalFirstName legalLastName dateOfBirth }
      possibleDuplicates { why child { id legalFirstName legalLastName dateOfBirth postcode upn } }
    }
  }
`);

const SEXES = { FEMALE: 'Female', MALE: 'Male', NOT_KNOWN: 'Not known' };

/** An officer or manager adds a child to the authority's register and sees any records that may be the same child. */
export function AddChildPage() {
  const me = useMe();
  const [add, { loading }] = useMutation(ADD_CHILD);
  const [form, setForm] = useState<AddChildForm>(EMPTY_CHILD);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [added, setAdded] = useState<AddChildMutation['addChild'] | null>(null);
  if (!me.memberships.some((m) => REGISTER_WORK_ROLES.has(m.role))) return <NoAccessPage />;
  const set = <K extends keyof AddChildForm>(key: K) => (value: AddChildForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors((list) => list.filter((e) => e.field !== key));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = checkChild(form);
    setErrors(problems);
    if (problems.length) return;
    try {
      const result = await add({ variables: { input: childInput(form) } });
      setAdded(result.data!.addChild);
    } catch (refusal) {
      setErrors([refusalOf(refusal, 'legalFirstName', CHILD_FIELDS)]);
    }
  }

  if (added) return <ChildAdded result={added} manager={me.memberships.some((m) => m.role === 'LA_MANAGER')} />;
  const title = 'Add a child to the register';
  return (
    <PageLayout title={errors.length ? `Error: ${title}` : title}>
      <Link className="govuk-back-link" to="/register">Back to the register</Link>
      <ErrorSummary errors={errors} />
      <PageHeading caption="Register">{title}</PageHeading>
      <p className="govuk-body">Search the register first: records that may be the same child are shown once the child is added.</p>
      <form onSubmit={submit} noValidate>
        <TextField id="legalFirstName" label="Legal first name(s)" value={form.legalFirstName} onChange={set('legalFirstName')} error={errorFor(errors, 'legalFirstName')} />
        <TextField id="legalLastName" label="Legal last name" value={form.legalLastName} onChange={set('legalLastName')} error={errorFor(errors, 'legalLastName')} />
        <TextArea id="otherNames" label="Other names the child is known by (optional)" hint="One per line" rows={2} value={form.otherNames} onChange={set('otherNames')} error={errorFor(errors, 'otherNames')} />
        <DateInput id="dateOfBirth" legend="Date of birth" hint="For example, 27 3 2014" value={form.dateOfBirth} onChange={set('dateOfBirth')} error={errorFor(errors, 'dateOfBirth')} />
        <Radios id="sex" legend="Sex" options={SEXES} value={form.sex} onChange={(v) => set('sex')(v as AddChildForm['sex'])} error={errorFor(errors, 'sex')} small />
        <TextField id="upn" label="Unique pupil number (optional)" hint="13 characters, for example A123456789012" width="govuk-input--width-20" value={form.upn} onChange={set('upn')} error={errorFor(errors, 'upn')} />
        <TextField id="postcode" label="Postcode (optional)" width="govuk-input--width-10" value={form.postcode} onChange={set('postcode')} error={errorFor(errors, 'postcode')} />
        <TextField id="schoolUrn" label="URN of the school whose roll the child is on (optional)" width="govuk-input--width-10" value={form.schoolUrn} onChange={set('schoolUrn')} error={errorFor(errors, 'schoolUrn')} />
        <Checkboxes id="plans" legend="Plans (optional)" values={form.plans} onChange={set('plans')}
          options={Object.entries(PLAN_OPTIONS).map(([value, label]) => ({ value, label }))} />
        <button type="submit" className="govuk-button" disabled={loading}>Add child</button>
      </form>
    </PageLayout>
  );
}

function ChildAdded({ result, manager }: { result: AddChildMutation['addChild']; manager: boolean }) {
  const { child, possibleDuplicates } = result;
  const name = `${child.legalFirstName} ${child.legalLastName}`;
  return (
    <PageLayout title="Child added">
      <div className="govuk-panel govuk-panel--confirmation">
        <h1 className="govuk-panel__title" tabIndex={-1}>Child added</h1>
        <div className="govuk-panel__body">{name} is on the register</div>
      </div>
      {possibleDuplicates.length > 0 ? (
        <>
          <h2 className="govuk-heading-m">Records that may be the same child</h2>
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">!</span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              {possibleDuplicates.length === 1 ? 'One record' : `${possibleDuplicates.length} records`} may be {name}.{' '}
              {manager ? 'Compare them and merge them if they are the same child.' : 'A manager can compare and merge them.'}
            </strong>
          </div>
          <TableScroll label="Records that may be the same child">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-visually-hidden">Records that may be the same child</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Record</th>
                <th scope="col" className="govuk-table__header">Date of birth</th>
                <th scope="col" className="govuk-table__header">Why</th>
                {manager && <th scope="col" className="govuk-table__header"><span className="govuk-visually-hidden">Action</span></th>}
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {possibleDuplicates.map((d) => (
                <tr className="govuk-table__row" key={d.child.id}>
                  <td className="govuk-table__cell">
                    <Link className="govuk-link" to={`/register/children/${d.child.id}`}>{d.child.legalFirstName} {d.child.legalLastName}</Link>
                    {d.child.postcode && `, ${d.child.postcode}`}
                  </td>
                  <td className="govuk-table__cell">{formatDate(d.child.dateOfBirth)}</td>
                  <td className="govuk-table__cell">{d.why}</td>
                  {manager && (
                    <td className="govuk-table__cell">
                      <Link className="govuk-link" to={`/register/merges/${d.child.id}/${child.id}`}>
                        Compare<span className="govuk-visually-hidden"> with {d.child.legalFirstName} {d.child.legalLastName}</span>
                      </Link>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          </TableScroll>
        </>
      ) : (
        <p className="govuk-body">No other record on the register looks like the same child.</p>
      )}
      <p className="govuk-body">
        <Link className="govuk-link" to={`/register/children/${child.id}`}>Go to {name}’s record</Link>
      </p>
    </PageLayout>
  );
}
