import { useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { graphql } from '../graphql/generated';
import { ErrorSummary, type FieldError } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { CATEGORY_LABELS, formatDateTime, timeLeft } from './concern-labels';
import { checkDecision, DecisionFields, decisionFieldId, decisionInput, EMPTY_DECISION } from './decision-fields';

const TO_DECIDE = graphql(`
  query ConcernToDecide($id: ID!) {
    concern(id: $id) {
      id reference status categories account actionTaken immediateRisk decisionDueAt hoursUntilDecisionDue decisionOverdue
      child { id legalFirstName legalLastName dateOfBirth }
    }
  }
`);

const DECIDE = graphql(`
  mutation DecideConcern($input: DecideConcernInput!) {
    decideConcern(input: $input) { id status needsSignOff outcome }
  }
`);

export function refusalOf(error: unknown): FieldError {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    return { field: decisionFieldId(first?.extensions?.field as string | undefined), message: first?.message ?? 'The decision was not recorded' };
  }
  return { field: 'outcome', message: 'Sorry, there is a problem with the service. Try again later.' };
}

/** An officer or manager decides a concern at the front door, with the criteria relied on and why. */
export function DecidePage() {
  const { concernId = '' } = useParams();
  const navigate = useNavigate();
  const { data, error } = useQuery(TO_DECIDE, { variables: { id: concernId }, fetchPolicy: 'network-only' });
  const [decide, deciding] = useMutation(DECIDE);
  const [form, setForm] = useState(EMPTY_DECISION);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const code = errorCode(error);
  if (code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'BAD_USER_INPUT') return <NoAccessPage />;
  const c = data?.concern;

  async function onSubmit() {
    const problems = checkDecision(form);
    setErrors(problems);
    if (problems.length) return;
    try {
      const result = await decide({ variables: { input: { concernId, ...decisionInput(form) } } });
      const needsSignOff = result.data!.decideConcern.needsSignOff;
      void navigate('/front-door', { state: { decided: c?.reference, needsSignOff } });
    } catch (e) {
      setErrors([refusalOf(e)]);
    }
  }

  return (
    <PageLayout title={`${errors.length ? 'Error: ' : ''}Decide concern${c ? ` ${c.reference}` : ''}`}>
      <Link to="/front-door" className="govuk-back-link">Back to the front door</Link>
      <ErrorSummary errors={errors} />
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {c && (
        <>
          <PageHeading caption={`Concern ${c.reference}`}>Decide this concern</PageHeading>
          <dl className="govuk-summary-list">
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Child</dt>
              <dd className="govuk-summary-list__value">{c.child ? `${c.child.legalFirstName} ${c.child.legalLastName}, born ${c.child.dateOfBirth}` : 'Not known'}</dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">About</dt>
              <dd className="govuk-summary-list__value">{c.categories.map((k) => CATEGORY_LABELS[k]).join(', ')}{c.immediateRisk && ' (immediate risk)'}</dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">What was seen or heard</dt>
              <dd className="govuk-summary-list__value app-pre-wrap">{c.account}</dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">What the school did</dt>
              <dd className="govuk-summary-list__value app-pre-wrap">{c.actionTaken}</dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Decision due</dt>
              <dd className="govuk-summary-list__value">
                {c.status === 'AWAITING_DECISION' ? `${formatDateTime(c.decisionDueAt)} (${c.decisionOverdue ? 'overdue' : timeLeft(c.hoursUntilDecisionDue)})` : 'Already decided'}
              </dd>
            </div>
          </dl>
          <p className="govuk-body"><Link className="govuk-link" to={`/concerns/${c.id}`}>See the whole concern</Link></p>
          {c.status === 'AWAITING_DECISION' ? (
            <form noValidate onSubmit={(e) => { e.preventDefault(); void onSubmit(); }}>
              <DecisionFields form={form} onChange={setForm} errors={errors} />
              <button type="submit" className="govuk-button" disabled={deciding.loading}>Record decision</button>
            </form>
          ) : (
            <p className="govuk-body">This concern is no longer waiting for a decision.</p>
          )}
        </>
      )}
    </PageLayout>
  );
}
