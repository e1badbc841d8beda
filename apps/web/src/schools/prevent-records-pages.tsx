import { useMutation, useQuery } from '@apollo/client/react';
import { type ReactNode, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { useMe } from '../auth/require-session';
import { TextField } from '../concerns/form-fields';
import type { PreventDutyRecordQuery, PreventRiskRating } from '../graphql/generated/graphql';
import { canRecordPrevent } from '../governance/governance-access';
import { typed } from '../governance/appointment-form';
import { ErrorSummary, type FieldError } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { DateInput, emptyDate, errorFor, isoDate, Radios, refusalOf, TextArea, todayParts } from '../register/register-form';
import {
  OTHER_TRAINEE, RATING_LABELS, riskAssessmentErrors, type RiskAssessmentDraft, schoolYearOf, THEMES, type ThemeKey, trainingErrors,
} from './prevent-form';
import { PREVENT_DUTY, RECORD_RISK_ASSESSMENT, RECORD_TRAINING } from './prevent-queries';

type Duty = PreventDutyRecordQuery['preventDuty'];

/** Loads the school's Prevent record for a recording page; anyone but the school's own staff gets the no-access page. */
function RecordingPage({ title, children }: { title: string; children: (duty: Duty) => ReactNode }) {
  const { schoolId = '' } = useParams();
  const me = useMe();
  const { data, error } = useQuery(PREVENT_DUTY, { variables: { schoolId }, fetchPolicy: 'network-only' });
  if (!canRecordPrevent(me.memberships, schoolId) || ['FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT'].includes(errorCode(error) ?? '')) return <NoAccessPage />;
  if (error && !data) return <PageLayout title={title}><ServiceProblem message={error.message} /></PageLayout>;
  if (!data) return <PageLayout title={title}><Loading /></PageLayout>;
  return <>{children(data.preventDuty)}</>;
}

export function PreventRiskAssessmentPage() {
  return <RecordingPage title="Prevent risk assessment">{(duty) => <RiskAssessmentForm duty={duty} />}</RecordingPage>;
}

export function PreventTrainingPage() {
  return <RecordingPage title="Record Prevent training">{(duty) => <TrainingForm duty={duty} />}</RecordingPage>;
}

const RA_FIELDS = ['overallRating', 'staffHeadcount', 'reviewedOn', 'schoolYear'];

function RiskAssessmentForm({ duty }: { duty: Duty }) {
  const navigate = useNavigate();
  const [record, recording] = useMutation(RECORD_RISK_ASSESSMENT);
  // This year's assessment, when recorded, is the starting point: recording again replaces it.
  const current = duty.riskAssessmentCurrent ? duty.riskAssessment : null;
  const themes = (pick: (key: ThemeKey) => string) => Object.fromEntries(THEMES.map((t) => [t.key, pick(t.key)])) as Record<ThemeKey, string>;
  const [ratings, setRatings] = useState(themes((k) => current?.[k].rating ?? ''));
  const [actions, setActions] = useState(themes((k) => current?.[k].actions ?? ''));
  const [overallRating, setOverall] = useState<string>(current?.overallRating ?? '');
  const [staffHeadcount, setHeadcount] = useState(String(current?.staffHeadcount ?? duty.staffHeadcount ?? ''));
  const [reviewedOn, setReviewedOn] = useState(emptyDate());
  const [tried, setTried] = useState(false);
  const [serverError, setServerError] = useState<FieldError | null>(null);
  const today = isoDate(todayParts())!;
  const draft: RiskAssessmentDraft = { ratings, actions, overallRating, staffHeadcount, reviewedOn: isoDate(reviewedOn), reviewedOnTyped: typed(reviewedOn) };
  const errors = [...(tried ? riskAssessmentErrors(draft, today) : []), ...(serverError ? [serverError] : [])];
  const back = `/schools/${duty.schoolId}/prevent`;

  async function onSubmit() {
    setTried(true);
    setServerError(null);
    if (riskAssessmentErrors(draft, today).length) return;
    const theme = (k: ThemeKey) => ({ rating: ratings[k] as PreventRiskRating, actions: actions[k].trim() });
    try {
      const result = await record({
        variables: {
          input: {
            schoolId: duty.schoolId, schoolYear: schoolYearOf(draft.reviewedOn!),
            riskAssessment: theme('riskAssessment'), partnership: theme('partnership'), staffTraining: theme('staffTraining'), onlineSafety: theme('onlineSafety'),
            overallRating: overallRating as PreventRiskRating, staffHeadcount: Number(staffHeadcount.trim()), reviewedOn: draft.reviewedOn!,
          },
        },
      });
      void navigate(back, { state: { recorded: `Risk assessment for ${result.data!.recordPreventRiskAssessment.schoolYear} recorded` } });
    } catch (e) {
      const refusal = refusalOf(e, 'overallRating', RA_FIELDS);
      setServerError(refusal.field === 'schoolYear' ? { ...refusal, field: 'reviewedOn' } : refusal);
    }
  }

  const title = current ? `Update the Prevent risk assessment for ${duty.schoolYear}` : `Record the Prevent risk assessment for ${duty.schoolYear}`;
  return (
    <PageLayout title={errors.length ? `Error: ${title}` : title}>
      <Link to={back} className="govuk-back-link">Back to the Prevent duty record</Link>
      <ErrorSummary errors={errors} />
      <PageHeading caption={duty.schoolName}>{title}</PageHeading>
      <p className="govuk-body">
        Rate each of the four themes of the Prevent duty for your school and say what you do about it. The school year follows the date of the review;
        recording again the same year replaces the assessment.
      </p>
      <form noValidate onSubmit={(e) => { e.preventDefault(); void onSubmit(); }}>
        {THEMES.map((t) => (
          <div className="govuk-!-margin-bottom-6" key={t.key}>
            <h2 className="govuk-heading-m">{t.title}</h2>
            <p className="govuk-hint">{t.hint}</p>
            <Radios id={`${t.key}-rating`} legend={`Rating for ${t.words}`} options={RATING_LABELS} value={ratings[t.key]}
              onChange={(v) => setRatings({ ...ratings, [t.key]: v })} error={errorFor(errors, `${t.key}-rating`)} small />
            <TextArea id={`${t.key}-actions`} label={`What the school does about ${t.words}`} value={actions[t.key]}
              onChange={(v) => setActions({ ...actions, [t.key]: v })} error={errorFor(errors, `${t.key}-actions`)} rows={3} />
          </div>
        ))}
        <Radios id="overallRating" legend="The school’s overall rating" options={RATING_LABELS} value={overallRating} onChange={setOverall}
          error={errorFor(errors, 'overallRating')} />
        <TextField id="staffHeadcount" label="Staff at the school" hint="Everyone employed, to work out the share with Prevent training."
          value={staffHeadcount} onChange={setHeadcount} error={errorFor(errors, 'staffHeadcount')} width="govuk-input--width-5" />
        <DateInput id="reviewedOn" legend="When was it reviewed?" hint="For example, 27 10 2026" value={reviewedOn} onChange={setReviewedOn}
          error={errorFor(errors, 'reviewedOn')} />
        <button type="submit" className="govuk-button" disabled={recording.loading}>Save the risk assessment</button>
      </form>
    </PageLayout>
  );
}

const TRAINING_FIELDS = ['userId', 'staffName', 'staffRole', 'trainedOn', 'course'];

function TrainingForm({ duty }: { duty: Duty }) {
  const navigate = useNavigate();
  const [record, recording] = useMutation(RECORD_TRAINING);
  const [trainee, setTrainee] = useState('');
  const [staffName, setStaffName] = useState('');
  const [staffRole, setStaffRole] = useState('');
  const [isDsl, setIsDsl] = useState('');
  const [trainedOn, setTrainedOn] = useState(emptyDate());
  const [course, setCourse] = useState('');
  const [tried, setTried] = useState(false);
  const [serverError, setServerError] = useState<FieldError | null>(null);
  const today = isoDate(todayParts())!;
  const draft = { trainee, staffName, staffRole, isDsl, trainedOn: isoDate(trainedOn), trainedOnTyped: typed(trainedOn), course };
  const errors = [...(tried ? trainingErrors(draft, today) : []), ...(serverError ? [serverError] : [])];
  const back = `/schools/${duty.schoolId}/prevent`;
  const other = trainee === OTHER_TRAINEE;
  // A DSL counts as trained only through a record linked to their account, so they are offered by name.
  const trainees = { ...Object.fromEntries(duty.dsls.map((d) => [d.userId, `${d.name} (designated safeguarding lead)`])), [OTHER_TRAINEE]: 'Someone else' };

  async function onSubmit() {
    setTried(true);
    setServerError(null);
    if (trainingErrors(draft, today).length) return;
    const name = other ? staffName.trim() : duty.dsls.find((d) => d.userId === trainee)!.name;
    try {
      await record({
        variables: {
          input: {
            schoolId: duty.schoolId, userId: other ? null : trainee, staffName: other ? staffName.trim() : null, staffRole: staffRole.trim(),
            isDsl: other ? isDsl === 'true' : true, trainedOn: draft.trainedOn!, course: course.trim(),
          },
        },
      });
      void navigate(back, { state: { recorded: `Prevent training recorded for ${name}` } });
    } catch (e) {
      const refusal = refusalOf(e, 'trainee', TRAINING_FIELDS);
      setServerError(refusal.field === 'userId' ? { ...refusal, field: 'trainee' } : refusal);
    }
  }

  const title = 'Record Prevent training';
  return (
    <PageLayout title={errors.length ? `Error: ${title}` : title}>
      <Link to={back} className="govuk-back-link">Back to the Prevent duty record</Link>
      <ErrorSummary errors={errors} />
      <PageHeading caption={duty.schoolName}>{title}</PageHeading>
      <form noValidate onSubmit={(e) => { e.preventDefault(); void onSubmit(); }}>
        <Radios id="trainee" legend="Who was trained?" options={trainees} value={trainee} onChange={setTrainee} error={errorFor(errors, 'trainee')} />
        {other && (
          <>
            <TextField id="staffName" label="Their name" value={staffName} onChange={setStaffName} error={errorFor(errors, 'staffName')} width="govuk-!-width-two-thirds" />
            <Radios id="isDsl" legend="Were they trained as a designated safeguarding lead?" options={{ true: 'Yes', false: 'No' }} value={isDsl}
              onChange={setIsDsl} error={errorFor(errors, 'isDsl')} small />
          </>
        )}
        <TextField id="staffRole" label="Their job" hint="For example, Class teacher" value={staffRole} onChange={setStaffRole}
          error={errorFor(errors, 'staffRole')} width="govuk-!-width-two-thirds" />
        <TextField id="course" label="Course" hint="For example, Home Office Prevent awareness e-learning" value={course} onChange={setCourse}
          error={errorFor(errors, 'course')} width="govuk-!-width-two-thirds" />
        <DateInput id="trainedOn" legend="When did they complete it?" hint="For example, 27 10 2026" value={trainedOn} onChange={setTrainedOn}
          error={errorFor(errors, 'trainedOn')} />
        <button type="submit" className="govuk-button" disabled={recording.loading}>Record training</button>
      </form>
    </PageLayout>
  );
}
