import './concerns.css';
import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { useMe } from '../auth/require-session';
import { graphql } from '../graphql/generated';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { CATEGORY_LABELS, formatDateTime, OUTCOME_LABELS, StatusTag, THRESHOLD_LABELS, timeLeft } from './concern-labels';
import { ConcernAdditions, ConcernAttachments } from './concern-additions';
import { DECIDING_ROLES, FILING_ROLES, holdsAny } from './concern-roles';

const CONCERN = graphql(`
  query ConcernPage($id: ID!) {
    concern(id: $id) {
      id reference status categories account occurredOn occurredTime actionTaken childOrFamilyTold notToldReason
      immediateRisk submittedAt decisionDueAt hoursUntilDecisionDue decisionOverdue outcome outcomeAt
      child { id legalFirstName legalLastName dateOfBirth }
      riskCall { to at outcome }
      attachments { id fileName byteSize downloadPath addedAfterSubmission createdAt }
      additions { id text createdAt }
      decisions { id outcome thresholdLevel criteria rationale decidedAt needsSignOff status signedOffAt signOffVerdict changeReason }
    }
  }
`);

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

const STATUS_WORDS: Record<string, string> = {
  AWAITING_SIGN_OFF: 'Awaiting a manager’s sign-off',
  IN_EFFECT: 'In effect',
  CHANGED_AT_SIGN_OFF: 'Changed at sign-off',
};

/**
 * One concern: where it is and, once a decision is in effect, its outcome. The school sees the
 * outcome only; the council's team also sees every decision and sign-off.
 */
export function ConcernPage() {
  const { concernId = '' } = useParams();
  const location = useLocation();
  const me = useMe();
  const submitted = (location.state as { submitted?: string } | null)?.submitted;
  const { data, error, refetch } = useQuery(CONCERN, { variables: { id: concernId }, fetchPolicy: 'network-only' });
  const code = errorCode(error);
  if (code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'BAD_USER_INPUT') return <NoAccessPage />;
  const c = data?.concern;
  const decides = holdsAny(me, DECIDING_ROLES);
  return (
    <PageLayout title={c ? `Concern ${c.reference}` : 'Concern'}>
      <Link to={decides ? '/front-door' : '/concerns'} className="govuk-back-link">
        {decides ? 'Back to the front door' : 'Back to concerns'}
      </Link>
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {c && (
        <>
          {submitted && (
            <div className="govuk-panel govuk-panel--confirmation">
              <h2 className="govuk-panel__title">Concern submitted</h2>
              <div className="govuk-panel__body">Your reference is <strong>{submitted}</strong></div>
            </div>
          )}
          <PageHeading caption="Safeguarding concern">{c.reference}</PageHeading>
          <h2 className="govuk-heading-m">Status</h2>
          <dl className="govuk-summary-list">
            <Row label="Status"><StatusTag status={c.status} /></Row>
            {c.status === 'AWAITING_DECISION' && (
              <Row label="Decision due">
                {formatDateTime(c.decisionDueAt)} ({c.decisionOverdue ? 'overdue' : timeLeft(c.hoursUntilDecisionDue)})
              </Row>
            )}
            {c.status === 'AWAITING_SIGN_OFF' && <Row label="Outcome">Decided; waiting for a council manager to sign it off</Row>}
            {c.status === 'DECIDED' && c.outcome && (
              <Row label="Outcome">
                <strong>{OUTCOME_LABELS[c.outcome]}</strong>
                {c.outcomeAt && `, in effect from ${formatDateTime(c.outcomeAt)}`}
              </Row>
            )}
          </dl>
          {decides && c.status === 'AWAITING_DECISION' && (
            <Link to={`/concerns/${c.id}/decide`} className="govuk-button" role="button" draggable={false}>Decide this concern</Link>
          )}
          <h2 className="govuk-heading-m">The concern</h2>
          <dl className="govuk-summary-list">
            <Row label="Child">{c.child ? `${c.child.legalFirstName} ${c.child.legalLastName}, born ${c.child.dateOfBirth}` : 'Not known'}</Row>
            <Row label="About">{c.categories.map((k) => CATEGORY_LABELS[k]).join(', ')}</Row>
            <Row label="Immediate risk">{c.immediateRisk ? 'Yes' : 'No'}</Row>
            {c.riskCall && <Row label="Call made">{`${c.riskCall.to}, ${formatDateTime(c.riskCall.at)}: ${c.riskCall.outcome}`}</Row>}
            <Row label="What was seen or heard"><span className="app-pre-wrap">{c.account}</span></Row>
            <Row label="When">{[c.occurredOn, c.occurredTime].filter(Boolean).join(' at ')}</Row>
            <Row label="What the school did"><span className="app-pre-wrap">{c.actionTaken}</span></Row>
            <Row label="Child or family told">{c.childOrFamilyTold ? 'Yes' : `No${c.notToldReason ? `: ${c.notToldReason}` : ''}`}</Row>
            <Row label="Submitted">{formatDateTime(c.submittedAt)}</Row>
          </dl>
          <ConcernAttachments attachments={c.attachments} />
          {c.status !== 'DRAFT' && (
            <ConcernAdditions concernId={c.id} additions={c.additions} canAdd={holdsAny(me, [...FILING_ROLES, ...DECIDING_ROLES])} onAdded={refetch} />
          )}
          {c.decisions && c.decisions.length > 0 && (
            <>
              <h2 className="govuk-heading-m">Decisions</h2>
              {c.decisions.map((d) => (
                <dl className="govuk-summary-list" key={d.id}>
                  <Row label="Outcome">{OUTCOME_LABELS[d.outcome]}</Row>
                  <Row label="Threshold">{THRESHOLD_LABELS[d.thresholdLevel]}</Row>
                  <Row label="Criteria relied on">{d.criteria.join('; ')}</Row>
                  <Row label="Rationale"><span className="app-pre-wrap">{d.rationale}</span></Row>
                  <Row label="Decided">{formatDateTime(d.decidedAt)}</Row>
                  <Row label="Status">{STATUS_WORDS[d.status] ?? d.status}{d.changeReason && `: ${d.changeReason}`}</Row>
                </dl>
              ))}
            </>
          )}
        </>
      )}
    </PageLayout>
  );
}
