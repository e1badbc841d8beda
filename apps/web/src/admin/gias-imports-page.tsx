import { useQuery } from '@apollo/client/react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { formatDateTime } from '../concerns/concern-labels';
import { ErrorSummary, type FieldError, FieldErrorMessage } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { FormGroup } from '../register/register-form';
import { GIAS_STATUS_LABELS } from './admin-labels';
import { anyRunning, giasFileProblem, runSummary } from './admin-logic';
import { GIAS_IMPORTS } from './admin-queries';
import { uploadGiasFile } from './upload-gias-file';
import { TableScroll } from '../layout/table-scroll';

const POLL_MS = 2000;

/** Uploads a GIAS establishment export and lists the import runs, refreshed while one is running. */
export function GiasImportsPage() {
  const [params] = useSearchParams();
  const after = params.get('after') ?? undefined;
  const navigate = useNavigate();
  const { data, error, refetch, startPolling, stopPolling } = useQuery(GIAS_IMPORTS, { variables: { after }, fetchPolicy: 'network-only' });
  const fileInput = useRef<HTMLInputElement>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [uploading, setUploading] = useState(false);
  const runs = data?.giasImports.edges.map((e) => e.node) ?? [];
  const running = anyRunning(runs);
  // Polled only while a run is in progress, so a finished page costs nothing.
  useEffect(() => {
    if (running) startPolling(POLL_MS);
    else stopPolling();
    return () => stopPolling();
  }, [running, startPolling, stopPolling]);
  if (errorCode(error) === 'FORBIDDEN') return <NoAccessPage />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    const problem = giasFileProblem(file);
    setErrors(problem ? [{ field: 'gias-file', message: problem }] : []);
    if (problem || !file) return;
    setUploading(true);
    try {
      const outcome = await uploadGiasFile(file);
      if ('refusal' in outcome) {
        setErrors([{ field: 'gias-file', message: outcome.refusal }]);
        return;
      }
      await refetch();
      void navigate(`/admin/gias-imports/${outcome.runId}`);
    } catch {
      setErrors([{ field: 'gias-file', message: 'The file could not be uploaded. Check your connection and try again.' }]);
    } finally {
      setUploading(false);
    }
  }

  const fileError = errors[0]?.message;
  return (
    <PageLayout title={errors.length ? 'Error: GIAS imports' : 'GIAS imports'}>
      <Link className="govuk-back-link" to="/admin/organisations">Back to organisations</Link>
      <ErrorSummary errors={errors} />
      <PageHeading caption="Administration">GIAS imports</PageHeading>
      <p className="govuk-body">
        Schools and local authorities come from the establishment export of Get Information About Schools (GIAS), a CSV file.
        The import runs in the background: you can leave this page while it runs.
      </p>
      <form onSubmit={submit} noValidate>
        <FormGroup error={fileError}>
          <label className="govuk-label govuk-label--s" htmlFor="gias-file">GIAS establishment file</label>
          <div className="govuk-hint" id="gias-file-hint">For example edubasealldata20261123.csv</div>
          <FieldErrorMessage id="gias-file" error={fileError} />
          <input className={`govuk-file-upload${fileError ? ' govuk-file-upload--error' : ''}`} id="gias-file" name="gias-file" type="file" accept=".csv,text/csv"
            ref={fileInput} aria-describedby={`gias-file-hint${fileError ? ' gias-file-error' : ''}`} onChange={() => setErrors([])} />
        </FormGroup>
        <button type="submit" className="govuk-button" disabled={uploading}>{uploading ? 'Uploading…' : 'Upload and import'}</button>
      </form>
      <h2 className="govuk-heading-m">Runs</h2>
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {data && (runs.length === 0 ? (
        <p className="govuk-body">No import has run yet.</p>
      ) : (
        <TableScroll label="GIAS import runs">
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">GIAS import runs</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">File</th>
              <th scope="col" className="govuk-table__header">Started</th>
              <th scope="col" className="govuk-table__header">Status</th>
              <th scope="col" className="govuk-table__header">Rows</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {runs.map((run) => (
              <tr className="govuk-table__row" key={run.id}>
                <th scope="row" className="govuk-table__header"><Link className="govuk-link" to={`/admin/gias-imports/${run.id}`}>{run.fileName}</Link></th>
                <td className="govuk-table__cell">{formatDateTime(run.startedAt)} by {run.startedByName}</td>
                <td className="govuk-table__cell"><strong className={`govuk-tag ${GIAS_STATUS_LABELS[run.status].tag}`}>{GIAS_STATUS_LABELS[run.status].text}</strong></td>
                <td className="govuk-table__cell">{runSummary(run)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </TableScroll>
      ))}
      {data?.giasImports.pageInfo.hasNextPage && data.giasImports.pageInfo.endCursor && (
        <nav className="govuk-pagination" aria-label="Pages of runs">
          <div className="govuk-pagination__next">
            <Link className="govuk-link govuk-pagination__link" rel="next" to={`/admin/gias-imports?after=${encodeURIComponent(data.giasImports.pageInfo.endCursor)}`}>
              <span className="govuk-pagination__link-title">Older runs</span>
            </Link>
          </div>
        </nav>
      )}
    </PageLayout>
  );
}
