import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { graphql } from '../graphql/generated';
import { ErrorSummary, type FieldError } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { formatDateTime, OUTCOME_LABELS, THRESHOLD_LABELS } from './concern-labels';
import { refusalOf } from './decide-page';
import { checkDecision, DecisionFields, decisionInput, EMPTY_DECISION } from './decision-fields';
import { TextArea } from './form-fields';
import { SuccessBanner } from '../layout/success-banner';

const SIGN_OFF_QUEUE = graphql(`
  query SignOffQueue {
    signOffQueue(first: 30) {
      edges {
        node {
          id outcome thresholdLevel criteria rationale decidedAt hoursWaiting signOffDueAt signOffOverdue
          concern { id reference child { id legalFirstName legalLastName } }
        }
      }
    }
  }
`);

const SIGN_OFF = graphql(`
  mutation SignOffConcernDecision($input: SignOffDecisionInput!) {
    signOffConcernDecision(input: $input) { id status signOffVerdict }
  }
`);

function Banner({ text }: { text: string }) {
  return (
    <SuccessBanner id="signed" message={text} />
  );
}

/** A manager's queue: unqualified officers' decisions, which take effect only once signed off. */
export function SignOffPage() {
  const { data, error, refetch } = useQuery(SIGN_OFF_QUEUE, { fetchPolicy: 'network-only' });
  const [signOff, signing] = useMutation(SIGN_OFF);
  const [done, setDone] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const code = errorCode(error);
  if (code === 'FORBIDDEN' || code === 'NOT_FOUND') return <NoAccessPage />;
  const queue = data?.signOffQueue.edges.map((e) => e.node) ?? [];

  async function agree(id: string, reference: string) {
    try {
      await signOff({ variables: { input: { decisionId: id, verdict: 'AGREE' } } });
      await refetch();
      setErrors([]);
      setDone(`Decision on ${reference} signed off. It is now in effect and the school can see the outcome.`);
    } catch (e) {
      setErrors([{ ...refusalOf(e), field: `sign-off-${id}` }]);
    }
  }

  return (
    <PageLayout title="Decisions to sign off">
      <ErrorSummary errors={errors} />
      {done && <Banner text={done} />}
      <PageHeading caption="Front door">Decisions to sign off</PageHeading>
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {data && !queue.length && <p className="govuk-body">No decisions are waiting for your sign-off.</p>}
      {queue.map((d) => {
        const reference = d.concern?.reference ?? 'this concern';
        return (
          <section className="govuk-summary-card" key={d.id} aria-labelledby={`decision-${d.id}`}>
            <div className="govuk-summary-card__title-wrapper">
              <h2 className="govuk-summary-card__title" id={`decision-${d.id}`}>
                {d.concern ? <Link className="govuk-link" to={`/concerns/${d.concern.id}`}>{reference}</Link> : reference}
                {d.concern?.child && `: ${d.concern.child.legalFirstName} ${d.concern.child.legalLastName}`}
              </h2>
            </div>
            <div className="govuk-summary-card__content">
              <dl className="govuk-summary-list">
                <div className="govuk-summary-list__row"><dt className="govuk-summary-list__key">Decision</dt><dd className="govuk-summary-list__value">{OUTCOME_LABELS[d.outcome]}</dd></div>
                <div className="govuk-summary-list__row"><dt className="govuk-summary-list__key">Threshold</dt><dd className="govuk-summary-list__value">{THRESHOLD_LABELS[d.thresholdLevel]}</dd></div>
                <div className="govuk-summary-list__row"><dt className="govuk-summary-list__key">Criteria relied on</dt><dd className="govuk-summary-list__value">{d.criteria.join('; ')}</dd></div>
                <div className="govuk-summary-list__row"><dt className="govuk-summary-list__key">Rationale</dt><dd className="govuk-summary-list__value app-pre-wrap">{d.rationale}</dd></div>
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Waiting</dt>
                  <dd className="govuk-summary-list__value">
                    {d.signOffOverdue && <><strong className="govuk-tag govuk-tag--red">Overdue</strong>{' '}</>}
                    Decided {formatDateTime(d.decidedAt)}{d.hoursWaiting != null && `, ${d.hoursWaiting} hours ago`}; sign-off due {formatDateTime(d.signOffDueAt)}
                  </dd>
                </div>
              </dl>
              <div className="govuk-button-group">
                <button type="button" id={`sign-off-${d.id}`} className="govuk-button" disabled={signing.loading} onClick={() => void agree(d.id, reference)}>
                  Sign off<span className="govuk-visually-hidden"> the decision on {reference}</span>
                </button>
                <Link className="govuk-link" to={`/sign-off/${d.id}/change`}>
                  Change the decision<span className="govuk-visually-hidden"> on {reference}</span>
                </Link>
              </div>
            </div>
          </section>
        );
      })}
    </PageLayout>
  );
}

/** A manager replaces an officer's decision with their own, saying why (both stay on record). */
export function ChangeDecisionPage() {
  const { decisionId = '' } = useParams();
  const navigate = useNavigate();
  const { data, error } = useQuery(SIGN_OFF_QUEUE, { fetchPolicy: 'network-only' });
  const [signOff, signing] = useMutation(SIGN_OFF);
  const [form, setForm] = useState(EMPTY_DECISION);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  if (errorCode(error) === 'FORBIDDEN') return <NoAccessPage />;
  const decision = data?.signOffQueue.edges.map((e) => e.node).find((d) => d.id === decisionId);
  if (data && !decision) return <NoAccessPage />;

  async function onSubmit() {
    const problems = checkDecision(form);
    if (!reason.trim()) problems.push({ field: 'change-reason', message: 'Enter why you are changing the decision' });
    setErrors(problems);
    if (problems.length) return;
    try {
      await signOff({ variables: { input: { decisionId, verdict: 'CHANGE', replacement: decisionInput(form), changeReason: reason } } });
      void navigate('/sign-off');
    } catch (e) {
      setErrors([refusalOf(e)]);
    }
  }

  return (
    <PageLayout title={`${errors.length ? 'Error: ' : ''}Change the decision`}>
      <Link to="/sign-off" className="govuk-back-link">Back to decisions to sign off</Link>
      <ErrorSummary errors={errors} />
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {decision && (
        <>
          <PageHeading caption={decision.concern?.reference}>Change the decision</PageHeading>
          <p className="govuk-body">
            The officer decided: {OUTCOME_LABELS[decision.outcome]} ({THRESHOLD_LABELS[decision.thresholdLevel]}). Your decision replaces
            it; both are kept on record.
          </p>
          <form noValidate onSubmit={(e) => { e.preventDefault(); void onSubmit(); }}>
            <DecisionFields form={form} onChange={setForm} errors={errors} />
            <TextArea id="change-reason" label="Why are you changing it?" value={reason} onChange={setReason}
              error={errors.find((e) => e.field === 'change-reason')?.message} />
            <button type="submit" className="govuk-button" disabled={signing.loading}>Sign off with my decision</button>
          </form>
        </>
      )}
    </PageLayout>
  );
}
