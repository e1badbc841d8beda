import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMe } from '../auth/require-session';
import { TextField } from '../concerns/form-fields';
import { graphql } from '../graphql/generated';
import { ErrorSummary, type FieldError, FieldErrorMessage } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { NoAccessPage } from '../layout/status-pages';
import { DateInput, errorFor, FormGroup, Radios, refusalOf, TextArea } from './register-form';
import { checkReport, EMPTY_REPORT, kindOf, REPORT_FIELDS, reportInput, type ReportForm, SCHOOL_REPORTS } from './report-form';

const SCHOOL_CHILDREN = graphql(`
  query SchoolRollChildren {
    children(first: 100) {
      edges { node { id legalFirstName legalLastName dateOfBirth } }
    }
  }
`);

const REPORT = graphql(`
  mutation ReportToRegister($input: OpenRegisterEntryInput!) {
    openRegisterEntry(input: $input) { id kind status child { id legalFirstName legalLastName } }
  }
`);

const SCHOOL_ROLES = ['HEADTEACHER', 'DSL'];
const CHILD_CHOICES = { roll: 'A child on your school’s roll', new: 'A child not listed: enter their details' };
const SEXES = { FEMALE: 'Female', MALE: 'Male', NOT_KNOWN: 'Not known' };
const YES_NO = { yes: 'Yes', no: 'No' };

/** A headteacher or DSL reports a child missing education, taken off roll or excluded to the council's register. */
export function ReportChildPage() {
  const me = useMe();
  const schools = me.memberships.filter((m) => SCHOOL_ROLES.includes(m.role) && m.school).map((m) => m.school!);
  if (!schools.length) return <NoAccessPage />;
  return <ReportChildForm schools={schools} />;
}

function ReportChildForm({ schools }: { schools: Array<{ id: string; name: string }> }) {
  const navigate = useNavigate();
  const roll = useQuery(SCHOOL_CHILDREN, { fetchPolicy: 'network-only' });
  const [report, { loading }] = useMutation(REPORT);
  const [form, setForm] = useState<ReportForm>({ ...EMPTY_REPORT, schoolId: schools.length === 1 ? schools[0].id : '' });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const askSchool = schools.length > 1;
  const set = <K extends keyof ReportForm>(key: K) => (value: ReportForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    // A field put right loses its message as the user types; the summary keeps the rest.
    setErrors((list) => list.filter((e) => e.field !== key));
  };
  const kind = kindOf(form.reason);
  const children = roll.data?.children.edges.map((e) => e.node) ?? [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = checkReport(form, { askSchool });
    setErrors(problems);
    if (problems.length) return;
    try {
      const result = await report({ variables: { input: reportInput(form, askSchool ? form.schoolId : undefined) } });
      const entry = result.data!.openRegisterEntry;
      const name = entry.child ? `${entry.child.legalFirstName} ${entry.child.legalLastName}` : 'The child';
      void navigate('/register/school', { state: { confirmation: `${name} has been reported to the council. Its register team has been told.` } });
    } catch (refusal) {
      setErrors([refusalOf(refusal, 'reason', REPORT_FIELDS)]);
    }
  }

  const title = 'Report a child to the council';
  return (
    <PageLayout title={errors.length ? `Error: ${title}` : title}>
      <Link className="govuk-back-link" to="/register/school">Back to your school’s children on the register</Link>
      <ErrorSummary errors={errors} />
      <PageHeading caption="Children out of school">{title}</PageHeading>
      <p className="govuk-body">
        The council’s register team is told at once. If you are worried about the child’s safety, raise a safeguarding concern as well;
        if a child is in immediate danger, call the police on 999.
      </p>
      <form onSubmit={submit} noValidate>
        {askSchool && (
          <FormGroup error={errorFor(errors, 'schoolId')}>
            <label className="govuk-label govuk-label--s" htmlFor="schoolId">Which school is reporting?</label>
            <FieldErrorMessage id="schoolId" error={errorFor(errors, 'schoolId')} />
            <select className="govuk-select" id="schoolId" value={form.schoolId} onChange={(e) => set('schoolId')(e.target.value)}>
              <option value="">Choose a school</option>
              {schools.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </select>
          </FormGroup>
        )}
        <Radios id="reason" legend="What are you reporting?" value={form.reason} onChange={(v) => set('reason')(v as ReportForm['reason'])}
          error={errorFor(errors, 'reason')} options={Object.fromEntries(SCHOOL_REPORTS.map((r) => [r.reason, r.label]))} />

        <Radios id="childChoice" legend="Which child?" options={CHILD_CHOICES} value={form.childChoice}
          onChange={(v) => set('childChoice')(v as ReportForm['childChoice'])} error={errorFor(errors, 'childChoice')} />
        {form.childChoice === 'roll' && (
          <div className="govuk-inset-text">
            <FormGroup error={errorFor(errors, 'childId')}>
              <label className="govuk-label" htmlFor="childId">Child</label>
              <FieldErrorMessage id="childId" error={errorFor(errors, 'childId')} />
              <select className="govuk-select" id="childId" value={form.childId} onChange={(e) => set('childId')(e.target.value)}>
                <option value="">{roll.loading ? 'Loading…' : 'Choose a child'}</option>
                {children.map((c) => <option key={c.id} value={c.id}>{`${c.legalFirstName} ${c.legalLastName} (born ${c.dateOfBirth})`}</option>)}
              </select>
            </FormGroup>
          </div>
        )}
        {form.childChoice === 'new' && (
          <div className="govuk-inset-text">
            <TextField id="legalFirstName" label="Legal first name(s)" value={form.firstName} onChange={set('firstName')} error={errorFor(errors, 'legalFirstName')} />
            <TextField id="legalLastName" label="Legal last name" value={form.lastName} onChange={set('lastName')} error={errorFor(errors, 'legalLastName')} />
            <DateInput id="dateOfBirth" legend="Date of birth" hint="For example, 27 3 2014" value={form.dateOfBirth} onChange={set('dateOfBirth')} error={errorFor(errors, 'dateOfBirth')} />
            <Radios id="sex" legend="Sex" options={SEXES} value={form.sex} onChange={(v) => set('sex')(v as ReportForm['sex'])} error={errorFor(errors, 'sex')} small />
            <TextField id="upn" label="Unique pupil number (optional)" hint="13 characters, for example A123456789012" width="govuk-input--width-20"
              value={form.upn} onChange={set('upn')} error={errorFor(errors, 'upn')} />
            <TextField id="postcode" label="Postcode (optional)" width="govuk-input--width-10" value={form.postcode} onChange={set('postcode')} error={errorFor(errors, 'postcode')} />
          </div>
        )}

        {form.reason === 'ABSENCE_TEN_SCHOOL_DAYS' && (
          <DateInput id="lastAttendedOn" legend="When did the child last attend?" hint="Report after 10 consecutive school days of unexplained absence"
            value={form.lastAttendedOn} onChange={set('lastAttendedOn')} error={errorFor(errors, 'lastAttendedOn')} />
        )}
        {kind === 'CME' && (
          <Radios id="believedAbroad" legend="Might the child have gone abroad?" options={YES_NO} value={form.believedAbroad}
            onChange={(v) => set('believedAbroad')(v as ReportForm['believedAbroad'])} error={errorFor(errors, 'believedAbroad')} small />
        )}
        {form.reason === 'SCHOOL_DELETION_HOME_EDUCATION' && (
          <DateInput id="noticeReceivedOn" legend="Date of the parent’s written notice" hint="For example, 2 3 2026" value={form.noticeReceivedOn}
            onChange={set('noticeReceivedOn')} error={errorFor(errors, 'noticeReceivedOn')} />
        )}
        {kind === 'EXCLUDED' && (
          <DateInput id="startsOn" legend="First day of the exclusion" hint="For example, 2 3 2026" value={form.startsOn} onChange={set('startsOn')} error={errorFor(errors, 'startsOn')} />
        )}
        {form.reason === 'SUSPENSION' && (
          <DateInput id="endsOn" legend="Last day of the suspension" value={form.endsOn} onChange={set('endsOn')} error={errorFor(errors, 'endsOn')} />
        )}
        <TextArea id="summary" label="What do you know?" hint="What your school has done to find or contact the child and family, and anything that worries you"
          value={form.summary} onChange={set('summary')} error={errorFor(errors, 'summary')} />
        <button type="submit" className="govuk-button" disabled={loading}>Report to the council</button>
      </form>
    </PageLayout>
  );
}
