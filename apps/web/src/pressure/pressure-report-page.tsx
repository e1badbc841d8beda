import { useQuery } from '@apollo/client/react';
import { type ReactNode, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { useMe } from '../auth/require-session';
import { formatDateTime } from '../concerns/concern-labels';
import { holdsAny } from '../concerns/concern-roles';
import { graphql } from '../graphql/generated';
import { ErrorSummary, type FieldError } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { AttachmentList } from '../practice/attachment-list';
import { formatDate } from '../register/register-labels';
import { PressureCouncilForms } from './pressure-council-forms';
import {
  acknowledgementTimeLeft, CURRICULUM_AREA_LABELS, PRESSURE_ACKNOWLEDGING_ROLES, PRESSURE_ACTION_LABELS, PRESSURE_CATEGORY_LABELS,
  PRESSURE_REPORTING_ROLES, PressureStatusTag,
} from './pressure-labels';
import { PressureSchoolForms } from './pressure-school-forms';
import { progressSteps } from './pressure-workflow';
import { SuccessBanner } from '../layout/success-banner';
import { TableScroll } from '../layout/table-scroll';

const REPORT = graphql(`
  query PressureReportPage($id: ID!) {
    pressureReport(id: $id) {
      id reference status category curriculumArea account occurredOn occurredTime location involved links
      harmToStaff harmToPupils harmDescription policeTold policeReference shareAnonymously shareableSummary
      submittedAt acknowledgementDueAt hoursUntilAcknowledgementDue acknowledgementOverdue acknowledgedAt acknowledgementNote
      actionStartedAt resolvedAt outcomeSummary
      school { id name }
      actions { id kind takenOn note }
      additions { id text links createdAt }
      attachments { id fileName byteSize downloadPath }
      campaign { id name description schoolsAffected }
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

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/**
 * One report: where it is with the council (acknowledged, in progress, resolved, with the council's
 * actions and outcome), what the school added and attached; for the school's side, adding to it;
 * for the council, acknowledging, recording actions and resolving it.
 */
export function PressureReportPage() {
  const { reportId } = useParams();
  const location = useLocation();
  const me = useMe();
  const sent = (location.state as { sent?: string } | null)?.sent;
  const { data, error, refetch } = useQuery(REPORT, { variables: { id: reportId! }, fetchPolicy: 'network-only' });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [notice, setNotice] = useState('');
  const code = errorCode(error);
  if (code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'BAD_USER_INPUT') return <NoAccessPage />;
  if (error && !data) return <PageLayout title="Report"><ServiceProblem message={error.message} /></PageLayout>;
  if (!data) return <PageLayout title="Report"><Loading /></PageLayout>;
  const r = data.pressureReport;
  const council = holdsAny(me, PRESSURE_ACKNOWLEDGING_ROLES);
  // Whoever reads a report in full from the school is its headteacher or a named delegate: they add to it.
  const schoolSide = me.memberships.some((m) => m.school?.id === r.school.id && PRESSURE_REPORTING_ROLES.includes(m.role));

  function done(message: string) {
    setErrors([]);
    setNotice(message);
    void refetch();
  }

  function failed(list: FieldError[]) {
    setNotice('');
    setErrors(list);
  }

  const title = `Report ${r.reference}`;
  return (
    <PageLayout title={errors.length ? `Error: ${title}` : title}>
      <Link to="/pressure" className="govuk-back-link">Back to reports</Link>
      <ErrorSummary errors={errors} />
      {sent && !notice ? (
        <div className="govuk-panel govuk-panel--confirmation">
          <PageHeading>Report sent to the council</PageHeading>
          <div className="govuk-panel__body">Your reference is<br /><strong>{sent}</strong></div>
        </div>
      ) : (
        <PageHeading caption={r.school.name}>{title}</PageHeading>
      )}
      {notice && (
        <SuccessBanner id="pressure-notice" message={notice} />
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
        {r.actionStartedAt && <Row label="Action started">{formatDateTime(r.actionStartedAt)}</Row>}
        {r.resolvedAt && <Row label="Resolved">{formatDateTime(r.resolvedAt)}</Row>}
        {r.outcomeSummary && <Row label="Outcome">{r.outcomeSummary}</Row>}
        {r.campaign && (
          <Row label="Campaign">
            {council
              ? <Link className="govuk-link" to={`/pressure/campaigns/${r.campaign.id}`}>{r.campaign.name}</Link>
              : `Part of “${r.campaign.name}”`}
            {`, affecting ${r.campaign.schoolsAffected} ${r.campaign.schoolsAffected === 1 ? 'school' : 'schools'}. ${r.campaign.description}`}
          </Row>
        )}
      </dl>
      <ol className="govuk-list govuk-list--number" aria-label="Steps">
        {progressSteps(r).map((s) => (
          <li key={s.label}>
            <strong>{s.label}</strong>
            {s.done ? `: done${s.at ? `, ${formatDateTime(s.at)}` : ''}` : ': not yet'}
          </li>
        ))}
      </ol>
      {r.actions.length > 0 && (
        <TableScroll label="What the council did">
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">What the council did</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">When</th>
              <th scope="col" className="govuk-table__header">Action</th>
              <th scope="col" className="govuk-table__header">What was done</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {r.actions.map((a) => (
              <tr className="govuk-table__row" key={a.id}>
                <td className="govuk-table__cell">{formatDate(a.takenOn)}</td>
                <td className="govuk-table__cell">{PRESSURE_ACTION_LABELS[a.kind]}</td>
                <td className="govuk-table__cell">{a.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </TableScroll>
      )}
      {council && <PressureCouncilForms report={r} errors={errors} onErrors={failed} onDone={done} />}
      <h2 className="govuk-heading-m">The report</h2>
      <dl className="govuk-summary-list">
        <Row label="School">{r.school.name}</Row>
        <Row label="What kind">{PRESSURE_CATEGORY_LABELS[r.category]}</Row>
        <Row label="Curriculum area">{r.curriculumArea ? CURRICULUM_AREA_LABELS[r.curriculumArea] : 'Not about the curriculum'}</Row>
        <Row label="What happened">{r.account}</Row>
        <Row label="When">{`${formatDate(r.occurredOn)}${r.occurredTime ? ` at ${r.occurredTime}` : ''}`}</Row>
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
            {r.additions.map((a) => (
              <li key={a.id}>
                {`${formatDateTime(a.createdAt)}: ${a.text}`}
                {a.links.length > 0 && <ul className="govuk-list govuk-!-margin-left-4">{a.links.map((l) => <li key={l}>{l}</li>)}</ul>}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2 className="govuk-heading-m">Evidence</h2>
      {r.attachments.length
        ? <AttachmentList attachments={r.attachments} onError={(message) => failed([{ field: 'attachments', message }])} />
        : <p className="govuk-body">No files attached.</p>}
      {schoolSide && <PressureSchoolForms reportId={r.id} errors={errors} onErrors={failed} onDone={done} />}
    </PageLayout>
  );
}
