import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { useMe } from '../auth/require-session';
import { TextField } from '../concerns/form-fields';
import type { GoverningRole, GovernorCategory, SchoolGovernanceRecordQuery } from '../graphql/generated/graphql';
import { ErrorSummary, type FieldError } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { DateInput, emptyDate, errorFor, isoDate, Radios, refusalOf, todayParts } from '../register/register-form';
import { formatDate } from '../register/register-labels';
import {
  appointmentErrors, CATEGORY_LABELS, chairQuestion, changeErrors, mayNameTrust, needsCategory, needsTrust, rolesFor, typed,
} from './appointment-form';
import { canRecordGovernance, governancePath } from './governance-access';
import { ROLE_LABELS, SCHOOL_TYPE_LABELS } from './governance-labels';
import { RECORD_APPOINTMENT, SCHOOL_GOVERNANCE, UPDATE_APPOINTMENT } from './governance-queries';
import { useGovernanceSchoolId } from './school-governance-page';

const YES_NO = { true: 'Yes', false: 'No' };
const REGULATED_HINT = 'For example, working with pupils unsupervised. A barred-list check then applies.';
const ADD_FIELDS = ['fullName', 'dateOfBirth', 'role', 'governorCategory', 'trustName', 'appointedOn', 'termEndsOn'];
const CHANGE_FIELDS = ['isChair', 'inRegulatedActivity', 'livedOrWorkedAbroad', 'termEndsOn', 'endedOn'];
const refused = (error: unknown) => ['FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT'].includes(errorCode(error) ?? '');

/** Records someone's appointment to the school's governance, with only the roles its kind of school has. */
export function AddAppointmentPage() {
  const me = useMe();
  const schoolId = useGovernanceSchoolId();
  const navigate = useNavigate();
  const { data, error } = useQuery(SCHOOL_GOVERNANCE, { variables: { schoolId: schoolId ?? '' }, skip: !schoolId, fetchPolicy: 'network-only' });
  const [record, recording] = useMutation(RECORD_APPOINTMENT);
  const [fullName, setFullName] = useState('');
  const [dateOfBirth, setDateOfBirth] = useState(emptyDate());
  const [abroad, setAbroad] = useState('');
  const [chosenRole, setRole] = useState('');
  const [category, setCategory] = useState('');
  const [trustName, setTrustName] = useState('');
  const [isChair, setIsChair] = useState('');
  const [regulated, setRegulated] = useState('');
  const [appointedOn, setAppointedOn] = useState(emptyDate());
  const [termEndsOn, setTermEndsOn] = useState(emptyDate());
  const [tried, setTried] = useState(false);
  const [serverError, setServerError] = useState<FieldError | null>(null);
  if (!schoolId || refused(error)) return <NoAccessPage />;
  const title = 'Add someone who governs';
  if (error && !data) return <PageLayout title={title}><ServiceProblem message={error.message} /></PageLayout>;
  if (!data) return <PageLayout title={title}><Loading /></PageLayout>;
  const g = data.schoolGovernance;
  if (!canRecordGovernance(me.memberships, schoolId, g.schoolTypeGroup)) return <NoAccessPage />;
  const base = governancePath(me.memberships, schoolId);
  const roles = rolesFor(g.schoolTypeGroup);
  const role = roles.length === 1 ? roles[0] : chosenRole;
  const draft = {
    fullName, dateOfBirth: isoDate(dateOfBirth), dateOfBirthTyped: typed(dateOfBirth), livedOrWorkedAbroad: abroad, role,
    governorCategory: category, trustName, isChair, inRegulatedActivity: regulated, appointedOn: isoDate(appointedOn),
    termEndsOn: isoDate(termEndsOn), termEndsOnTyped: typed(termEndsOn),
  };
  // Once sent, the errors follow what is typed, so each disappears as it is put right.
  const errors = [...(tried ? appointmentErrors(draft, isoDate(todayParts())!) : []), ...(serverError ? [serverError] : [])];

  async function onSubmit() {
    setTried(true);
    setServerError(null);
    if (appointmentErrors(draft, isoDate(todayParts())!).length) return;
    try {
      await record({
        variables: {
          input: {
            schoolId: schoolId!, role: role as GoverningRole,
            person: { fullName: fullName.trim(), dateOfBirth: draft.dateOfBirth, livedOrWorkedAbroad: abroad === 'true' },
            governorCategory: needsCategory(role) ? (category as GovernorCategory) : null,
            trustName: mayNameTrust(role) && trustName.trim() ? trustName.trim() : null,
            isChair: isChair === 'true', inRegulatedActivity: regulated === 'true',
            appointedOn: draft.appointedOn!, termEndsOn: draft.termEndsOn,
          },
        },
      });
      void navigate(base, { state: { recorded: `${fullName.trim()} added as ${ROLE_LABELS[role as GoverningRole].toLowerCase()}` } });
    } catch (e) {
      setServerError(refusalOf(e, 'fullName', ADD_FIELDS));
    }
  }

  return (
    <PageLayout title={errors.length ? `Error: ${title}` : title}>
      <Link to={base} className="govuk-back-link">Back to the governance record</Link>
      <ErrorSummary errors={errors} />
      <PageHeading caption={g.schoolName}>{title}</PageHeading>
      <p className="govuk-body">{`${g.schoolName} is ${SCHOOL_TYPE_LABELS[g.schoolTypeGroup].toLowerCase()}: the roles below are the ones it has. The checks they need follow from what you record.`}</p>
      <form noValidate onSubmit={(e) => { e.preventDefault(); void onSubmit(); }}>
        <TextField id="fullName" label="Full name" value={fullName} onChange={setFullName} error={errorFor(errors, 'fullName')} width="govuk-!-width-two-thirds" autoComplete="off" />
        <DateInput id="dateOfBirth" legend="Date of birth (optional)" hint="Tells people with the same name apart. For example, 27 3 1980"
          value={dateOfBirth} onChange={setDateOfBirth} error={errorFor(errors, 'dateOfBirth')} />
        <Radios id="livedOrWorkedAbroad" legend="Have they lived or worked outside the UK?" hint="Overseas checks then apply."
          options={YES_NO} value={abroad} onChange={setAbroad} error={errorFor(errors, 'livedOrWorkedAbroad')} small />
        <Radios id="role" legend="Role" options={Object.fromEntries(roles.map((r) => [r, ROLE_LABELS[r]]))} value={role}
          onChange={setRole} error={errorFor(errors, 'role')} />
        {needsCategory(role) && (
          <Radios id="governorCategory" legend="What kind of governor?" options={CATEGORY_LABELS} value={category} onChange={setCategory}
            error={errorFor(errors, 'governorCategory')} small />
        )}
        {mayNameTrust(role) && (
          <TextField id="trustName" label={needsTrust(role) ? 'Name of the trust' : 'Name of the trust (optional)'} value={trustName}
            onChange={setTrustName} error={errorFor(errors, 'trustName')} width="govuk-!-width-two-thirds" />
        )}
        <Radios id="isChair" legend={chairQuestion(role)} options={YES_NO} value={isChair} onChange={setIsChair} error={errorFor(errors, 'isChair')} small />
        <Radios id="inRegulatedActivity" legend="Are they in regulated activity?" hint={REGULATED_HINT} options={YES_NO} value={regulated}
          onChange={setRegulated} error={errorFor(errors, 'inRegulatedActivity')} small />
        <DateInput id="appointedOn" legend="Date of appointment" hint="For example, 1 9 2026" value={appointedOn} onChange={setAppointedOn}
          error={errorFor(errors, 'appointedOn')} />
        <DateInput id="termEndsOn" legend="When does their term of office end? (optional)" hint="For example, 31 8 2030" value={termEndsOn}
          onChange={setTermEndsOn} error={errorFor(errors, 'termEndsOn')} />
        <button type="submit" className="govuk-button" disabled={recording.loading}>Add to the record</button>
      </form>
    </PageLayout>
  );
}

const partsOf = (iso: string | null | undefined) => {
  if (!iso) return emptyDate();
  const [year, month, day] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
};

/** Changes an appointment: chair, regulated activity, having lived abroad, the term's end, or that they stopped governing. */
export function ChangeAppointmentPage() {
  const { appointmentId } = useParams();
  const me = useMe();
  const schoolId = useGovernanceSchoolId();
  const { data, error } = useQuery(SCHOOL_GOVERNANCE, { variables: { schoolId: schoolId ?? '' }, skip: !schoolId, fetchPolicy: 'network-only' });
  const appointment = data?.schoolGovernance.appointments.find((a) => a.id === appointmentId);
  if (!schoolId || refused(error)) return <NoAccessPage />;
  if (error && !data) return <PageLayout title="Change an appointment"><ServiceProblem message={error.message} /></PageLayout>;
  if (!data) return <PageLayout title="Change an appointment"><Loading /></PageLayout>;
  if (!appointment || !canRecordGovernance(me.memberships, schoolId, data.schoolGovernance.schoolTypeGroup)) return <NoAccessPage />;
  return <ChangeAppointmentForm key={appointment.id} appointment={appointment} schoolName={data.schoolGovernance.schoolName} base={governancePath(me.memberships, schoolId)} />;
}

type Appointment = SchoolGovernanceRecordQuery['schoolGovernance']['appointments'][number];

function ChangeAppointmentForm({ appointment: a, schoolName, base }: { appointment: Appointment; schoolName: string; base: string }) {
  const navigate = useNavigate();
  const [update, updating] = useMutation(UPDATE_APPOINTMENT);
  const [isChair, setIsChair] = useState(String(a.isChair));
  const [regulated, setRegulated] = useState(String(a.inRegulatedActivity));
  const [abroad, setAbroad] = useState(String(a.person.livedOrWorkedAbroad));
  const [termEndsOn, setTermEndsOn] = useState(partsOf(a.termEndsOn));
  const [endedOn, setEndedOn] = useState(emptyDate());
  const [tried, setTried] = useState(false);
  const [serverError, setServerError] = useState<FieldError | null>(null);
  const change = { appointedOn: a.appointedOn, termEndsOn: isoDate(termEndsOn), termEndsOnTyped: typed(termEndsOn), endedOn: isoDate(endedOn), endedOnTyped: typed(endedOn) };
  const errors = [...(tried ? changeErrors(change) : []), ...(serverError ? [serverError] : [])];
  const name = a.person.fullName;

  async function onSubmit() {
    setTried(true);
    setServerError(null);
    if (changeErrors(change).length) return;
    try {
      await update({
        variables: {
          input: {
            appointmentId: a.id, isChair: isChair === 'true', inRegulatedActivity: regulated === 'true',
            livedOrWorkedAbroad: abroad === 'true', termEndsOn: change.termEndsOn, endedOn: change.endedOn,
          },
        },
      });
      void navigate(base, { state: { recorded: change.endedOn ? `${name} stops governing on ${formatDate(change.endedOn)}` : `Appointment of ${name} changed` } });
    } catch (e) {
      setServerError(refusalOf(e, 'isChair', CHANGE_FIELDS));
    }
  }

  const title = `Change the appointment of ${name}`;
  return (
    <PageLayout title={errors.length ? `Error: ${title}` : title}>
      <Link to={base} className="govuk-back-link">Back to the governance record</Link>
      <ErrorSummary errors={errors} />
      <PageHeading caption={schoolName}>{title}</PageHeading>
      <p className="govuk-body">{`${ROLE_LABELS[a.role]}, appointed ${formatDate(a.appointedOn)}.`}</p>
      <form noValidate onSubmit={(e) => { e.preventDefault(); void onSubmit(); }}>
        <Radios id="isChair" legend={chairQuestion(a.role)} options={YES_NO} value={isChair} onChange={setIsChair} error={errorFor(errors, 'isChair')} small />
        <Radios id="inRegulatedActivity" legend="Are they in regulated activity?" hint={REGULATED_HINT} options={YES_NO} value={regulated}
          onChange={setRegulated} error={errorFor(errors, 'inRegulatedActivity')} small />
        <Radios id="livedOrWorkedAbroad" legend="Have they lived or worked outside the UK?" hint="This is about the person, so it changes their record at every school."
          options={YES_NO} value={abroad} onChange={setAbroad} error={errorFor(errors, 'livedOrWorkedAbroad')} small />
        <DateInput id="termEndsOn" legend="When does their term of office end?" hint="For example, 31 8 2030" value={termEndsOn}
          onChange={setTermEndsOn} error={errorFor(errors, 'termEndsOn')} />
        <DateInput id="endedOn" legend="If they have stopped governing, or will, the date (optional)"
          hint="They leave the record on that day. For example, 31 12 2026" value={endedOn} onChange={setEndedOn} error={errorFor(errors, 'endedOn')} />
        <button type="submit" className="govuk-button" disabled={updating.loading}>Save changes</button>
      </form>
    </PageLayout>
  );
}
