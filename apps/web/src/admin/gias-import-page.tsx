import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { formatDateTime } from '../concerns/concern-labels';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { GIAS_STATUS_LABELS } from './admin-labels';
import { runSummary } from './admin-logic';
import { GIAS_IMPORT } from './admin-queries';
import { TableScroll } from '../layout/table-scroll';

const POLL_MS = 1500;

/** One import run: its progress (refreshed while it runs), its counts and the rows it refused. */
export function GiasImportPage() {
  const { runId = '' } = useParams();
  const { data, error, startPolling, stopPolling } = useQuery(GIAS_IMPORT, { variables: { id: runId }, fetchPolicy: 'network-only' });
  const run = data?.giasImport;
  const running = run?.status === 'RUNNING';
  useEffect(() => {
    if (running) startPolling(POLL_MS);
    else stopPolling();
    return () => stopPolling();
  }, [running, startPolling, stopPolling]);
  const code = errorCode(error);
  if (code === 'FORBIDDEN' || code === 'NOT_FOUND') return <NoAccessPage />;
  const counts: Array<[string, number]> = run
    ? [['Rows read', run.rowsRead], ['New schools', run.created], ['Schools updated', run.updated], ['Schools unchanged', run.unchanged],
        ['Closed schools (not imported)', run.closed], ['Skipped (not a school the portal follows)', run.skipped], ['Refused rows', run.refused]]
    : [];
  return (
    <PageLayout title={run ? `GIAS import of ${run.fileName}` : 'GIAS import'}>
      <Link className="govuk-back-link" to="/admin/gias-imports">Back to GIAS imports</Link>
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {run && (
        <>
          <PageHeading caption="GIAS import">{run.fileName}</PageHeading>
          <p className="govuk-body" role="status" aria-live="polite">
            <strong className={`govuk-tag ${GIAS_STATUS_LABELS[run.status].tag}`}>{GIAS_STATUS_LABELS[run.status].text}</strong>{' '}
            {runSummary(run)}
          </p>
          {run.status === 'FAILED' && run.failureMessage && (
            <div className="govuk-warning-text">
              <span className="govuk-warning-text__icon" aria-hidden="true">!</span>
              <strong className="govuk-warning-text__text"><span className="govuk-visually-hidden">Warning</span>The import stopped: {run.failureMessage}. Schools already imported stay; upload the file again.</strong>
            </div>
          )}
          <dl className="govuk-summary-list">
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Started</dt>
              <dd className="govuk-summary-list__value">{formatDateTime(run.startedAt)} by {run.startedByName}</dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Finished</dt>
              <dd className="govuk-summary-list__value">{run.finishedAt ? formatDateTime(run.finishedAt) : 'Not yet'}</dd>
            </div>
            {counts.map(([key, value]) => (
              <div className="govuk-summary-list__row" key={key}>
                <dt className="govuk-summary-list__key">{key}</dt>
                <dd className="govuk-summary-list__value">{value.toLocaleString('en-GB')}</dd>
              </div>
            ))}
          </dl>
          <h2 className="govuk-heading-m">Refused rows</h2>
          {run.refusedRows.length === 0 ? (
            <p className="govuk-body">{running ? 'None so far.' : 'None: every row could be read.'}</p>
          ) : (
            <TableScroll label="Refused rows">
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-visually-hidden">Refused rows</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Row in the file</th>
                  <th scope="col" className="govuk-table__header">Why it was refused</th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {run.refusedRows.map((r) => (
                  <tr className="govuk-table__row" key={r.row}>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{r.row}</td>
                    <td className="govuk-table__cell">{r.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            </TableScroll>
          )}
          {run.refused > run.refusedRows.length && <p className="govuk-body">The first {run.refusedRows.length} of {run.refused} refused rows are shown.</p>}
        </>
      )}
    </PageLayout>
  );
}
