import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { type ReactNode, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { useMe } from '../auth/require-session';
import { formatDateTime } from '../concerns/concern-labels';
import { holdsAny } from '../concerns/concern-roles';
import { TextArea } from '../concerns/form-fields';
import { graphql } from '../graphql/generated';
import { ErrorSummary, type FieldError } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import {
  acknowledgementTimeLeft, CURRICULUM_AREA_LABELS, PRESSURE_ACKNOWLEDGING_ROLES, PRESSURE_ACTION_LABELS, PRESSURE_CATEGORY_LABELS, PressureStatusTag,
} from './pressure-labels';

const REPORT = graphql(`
  query PressureReportPage($id: ID!) {
    pressureReport(id: $id) {
      id reference status category curriculumArea account occurredOn occurredTime location involved links
      harmToStaff harmToPupils harmDescription policeTold policeReference shareAnonymously shareableSummary
      submittedAt acknowledgementDueAt hoursUntilAcknowledgementDue acknowledgementOverdue acknowledgedAt acknowledgementNote
      resolvedAt outcomeSummary
      school { id name }
      actions { id kind takenOn note }
      additions { id text createdAt }
      campaign { id name schoolsAffected }
    }
  }
`);

const ACKNOWLEDGE = graphql(`
  mutation AcknowledgePressureReport($input: AcknowledgePressureReportInput!) {
    acknowledgePressureReport(input: $input) { id status acknowledgedAt acknowledgementNote hoursUntilAcknowledgementDue }
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

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/** One report: its status and what the council has said and done, and, for the council, acknowledging it. */
export function PressureReportPage() {
  const { reportId } = useParams();
  const location = useLocation();
  const me = useMe();
  const sent = (location.state as { sent?: string } | null)?.sent;
  const { data, error } = useQuery(REPORT, { variables: { id: reportId! }, fetchPolicy: 'network-only' });
  const [acknowledge, acknowledging] = useMutation(ACKNOWLEDGE);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [acknowledged, setAcknowledged] = useState(false);
  const code = errorCode(error);
  if (code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'BAD_USER_INPUT') return <NoAccessPage />;
  if (error && !data) return <PageLayout title="Report"><ServiceProblem message={error.message} /></PageLayout>;
  if (!data) return <PageLayout title="Report"><Loading /></PageLayout>;
  const r = data.pressureReport;
  const canAcknowledge = r.status === 'SUBMITTED' && holdsAny(me, PRESSURE_ACKNOWLEDGING_ROLES);

  async function onAcknowledge() {
    try {
      await acknowledge({ variables: { input: { reportId: r.id, note: note.trim() || null } } });
      setErrors([]);
      setAcknowledged(true);
    } catch (e) {
      const first = CombinedGraphQLErrors.is(e) ? e.errors[0] : undefined;
      setErrors([{ field: 'note', message: first?.message ?? 'Sorry, there is a problem with the service. Try again later.' }]);
    }
  }

  const title = `Report ${r.reference}`;
  return (
    <PageLayout title={errors.length ? `Error: ${title}` : title}>
      <Link to="/pressure" className="govuk-back-link">Back to reports</Link>
      <ErrorSummary errors={errors} />
      {sent ? (
        <div className="govuk-panel govuk-panel--confirmation">
          <PageHeading>Report sent to the council</PageHeading>
          <div className="govuk-panel__body">Your reference is<br /><strong>{sent}</strong></div>
        </div>
      ) : (
        <PageHeading caption={r.school.name}>{title}</PageHeading>
      )}
      {acknowledged && (
        <div className="govuk-notification-banner govuk-notification-banner--success" role="status" aria-labelledby="acknowledged-title">
          <div className="govuk-notification-banner__header">
            <h2 className="govuk-notification-banner__title" id="acknowledged-title">Success</h2>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">{`Report ${r.reference} acknowledged. The school has been told.`}</p>
          </div>
        </div>
      )}
      <h2 className="govuk-heading-m">Where it is with the council</h2>
      <dl className="govuk-summary-list">
        <Row label="Status"><PressureStatusTag status={r.status} /></Row>
        <Row label="Sent">{formatDateTime(r.submittedAt)}</Row>
        {r.status === 'SUBMITTED' && (
          <Row label="Acknowledgement due">{`${formatDateTime(r.acknowledgementDueAt)} (${acknowledgementTimeLeft(r.hoursUntilAcknowledgementDue)})`}</Row>
        )}
        {r.acknowledgedAt && <Row label="Acknowledged">{formatDateTime(r.acknowledgedAt)}{r.acknowledgementOverdue ? ' (late)' : ''}</Row>}
        {r.acknowledgedAt && <Row label="The council’s note">{r.acknowledgementNote ?? 'No note given'}</Row>}
        {r.resolvedAt && <Row label="Resolved">{formatDateTime(r.resolvedAt)}</Row>}
        {r.outcomeSummary && <Row label="Outcome">{r.outcomeSummary}</Row>}
        {r.campaign && <Row label="Campaign">{`Part of “${r.campaign.name}”, affecting ${r.campaign.schoolsAffected} schools`}</Row>}
      </dl>
      {r.actions.length > 0 && (
        <>
          <h2 className="govuk-heading-m">What the council did</h2>
          <ul className="govuk-list govuk-list--bullet">
            {r.actions.map((a) => <li key={a.id}>{`${a.takenOn}: ${PRESSURE_ACTION_LABELS[a.kind]}. ${a.note}`}</li>)}
          </ul>
        </>
      )}
      {canAcknowledge && !acknowledged && (
        <form noValidate onSubmit={(e) => { e.preventDefault(); void onAcknowledge(); }}>
          <h2 className="govuk-heading-m">Acknowledge this report</h2>
          <TextArea id="note" label="Note to the school (optional)" hint="Who will contact them, and when." rows={4}
            value={note} onChange={setNote} error={errors.find((e) => e.field === 'note')?.message} />
          <button type="submit" className="govuk-button" disabled={acknowledging.loading}>Acknowledge report</button>
        </form>
      )}
      <h2 className="govuk-heading-m">The report</h2>
      <dl className="govuk-summary-list">
        <Row label="School">{r.school.name}</Row>
        <Row label="What kind">{PRESSURE_CATEGORY_LABELS[r.category]}</Row>
        <Row label="Curriculum area">{r.curriculumArea ? CURRICULUM_AREA_LABELS[r.curriculumArea] : 'Not about the curriculum'}</Row>
        <Row label="What happened">{r.account}</Row>
        <Row label="When">{`${r.occurredOn}${r.occurredTime ? ` at ${r.occurredTime}` : ''}`}</Row>
        <Row label="Where">{r.location}</Row>
        <Row label="Who was involved">{r.involved}</Row>
        <Row label="Links">
          {r.links.length ? <ul className="govuk-list">{r.links.map((l) => <li key={l}>{l}</li>)}</ul> : 'None'}
        </Row>
        <Row label="Staff harmed">{yesNo(r.harmToStaff)}</Row>
        <Row label="Pupils harmed">{yesNo(r.harmToPupils)}</Row>
        {r.harmDescription && <Row label="The harm">{r.harmDescription}</Row>}
        <Row label="Police told">{r.policeTold ? `Yes, reference ${r.policeReference ?? ''}` : 'No'}</Row>
        <Row label="Shared with other schools">{r.shareAnonymously ? `Yes, anonymised: ${r.shareableSummary ?? ''}` : 'No'}</Row>
      </dl>
      {r.additions.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Added since</h2>
          <ul className="govuk-list">
            {r.additions.map((a) => <li key={a.id}>{`${formatDateTime(a.createdAt)}: ${a.text}`}</li>)}
          </ul>
        </>
      )}
    </PageLayout>
  );
}
