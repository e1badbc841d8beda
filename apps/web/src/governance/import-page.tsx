import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorCode } from '../api/apollo';
import { useMe } from '../auth/require-session';
import type { ImportGovernanceRecordMutation } from '../graphql/generated/graphql';
import { ErrorSummary, type FieldError, FieldErrorMessage } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { FormGroup, refusalOf } from '../register/register-form';
import { canRecordGovernance, governancePath } from './governance-access';
import { IMPORT_GOVERNANCE_RECORD, SCHOOL_GOVERNANCE } from './governance-queries';
import { csvDataRows, MAX_IMPORT_BYTES, refusalsByRow, spreadsheetRow } from './import-report';
import { useGovernanceSchoolId } from './school-governance-page';
import { TableScroll } from '../layout/table-scroll';

type Report = ImportGovernanceRecordMutation['importGovernanceRecord'];

const COLUMNS =
  'school_urn, full_name, date_of_birth, role, governor_category, trust_name, is_chair, regulated_activity, lived_abroad, appointed_on, ' +
  'term_ends_on, dbs_applied_on, dbs_on, dbs_certificate_number, barred_list_on, section_128_on, identity_on, right_to_work_on, overseas_on, ' +
  'secretary_of_state_on, disqualification_declaration_on, business_interests_declaration_on, checked_by';

/**
 * Brings the school's existing single central record (its governors' rows, saved from a spreadsheet
 * as CSV) into the portal. Rows are independent: the report says what each did, and why any was refused.
 */
export function ImportGovernancePage() {
  const me = useMe();
  const schoolId = useGovernanceSchoolId();
  const { data, error } = useQuery(SCHOOL_GOVERNANCE, { variables: { schoolId: schoolId ?? '' }, skip: !schoolId, fetchPolicy: 'network-only' });
  const [importRecord] = useMutation(IMPORT_GOVERNANCE_RECORD);
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [progress, setProgress] = useState<string | null>(null);
  const [report, setReport] = useState<{ name: string; report: Report } | null>(null);
  if (!schoolId || ['FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT'].includes(errorCode(error) ?? '')) return <NoAccessPage />;
  const title = 'Import a single central record';
  if (error && !data) return <PageLayout title={title}><ServiceProblem message={error.message} /></PageLayout>;
  if (!data) return <PageLayout title={title}><Loading /></PageLayout>;
  const g = data.schoolGovernance;
  if (!canRecordGovernance(me.memberships, schoolId, g.schoolTypeGroup)) return <NoAccessPage />;
  const base = governancePath(me.memberships, schoolId);

  async function onSubmit() {
    setReport(null);
    if (!file) return setErrors([{ field: 'csv', message: 'Select a CSV file of the single central record' }]);
    if (!/\.csv$/i.test(file.name)) return setErrors([{ field: 'csv', message: 'The selected file must be a CSV (save the spreadsheet as CSV first)' }]);
    if (file.size > MAX_IMPORT_BYTES) return setErrors([{ field: 'csv', message: 'The selected file must be smaller than 2 MB' }]);
    const csv = await file.text();
    const rows = csvDataRows(csv);
    if (!rows) return setErrors([{ field: 'csv', message: 'The selected file has no rows under its column names' }]);
    setErrors([]);
    setProgress(`Importing ${rows} ${rows === 1 ? 'row' : 'rows'} from ${file.name}. This can take a minute for a large record; stay on this page.`);
    try {
      const result = await importRecord({ variables: { input: { schoolId: schoolId!, csv } } });
      setReport({ name: file.name, report: result.data!.importGovernanceRecord });
    } catch (e) {
      setErrors([refusalOf(e, 'csv')]);
    } finally {
      setProgress(null);
    }
  }

  const fileError = errors.find((e) => e.field === 'csv')?.message;
  return (
    <PageLayout title={errors.length ? `Error: ${title}` : title}>
      <Link to={base} className="govuk-back-link">Back to the governance record</Link>
      <ErrorSummary errors={errors} />
      <PageHeading caption={g.schoolName}>{title}</PageHeading>
      {report && <ImportReport name={report.name} report={report.report} base={base} />}
      <p className="govuk-body">
        Save the governors’ rows of your single central record from the spreadsheet as a CSV file, with the column names in its first row.
        Each row is checked as if you had recorded it by hand. A row refused records nothing; the others stand. Importing the same file again adds nothing.
      </p>
      <details className="govuk-details">
        <summary className="govuk-details__summary"><span className="govuk-details__summary-text">The columns the import reads</span></summary>
        <div className="govuk-details__text">
          <p className="govuk-body">{COLUMNS}.</p>
          <p className="govuk-body">Dates as 27/03/2026 or 2026-03-27. Every row must be for this school (school_urn may be left empty). At most 5,000 rows and 2 MB.</p>
        </div>
      </details>
      <form noValidate onSubmit={(e) => { e.preventDefault(); void onSubmit(); }}>
        <FormGroup error={fileError}>
          <label className="govuk-label govuk-label--s" htmlFor="csv">Upload the CSV file</label>
          <FieldErrorMessage id="csv" error={fileError} />
          <input className={`govuk-file-upload${fileError ? ' govuk-file-upload--error' : ''}`} id="csv" name="csv" type="file" accept=".csv,text/csv"
            aria-describedby={fileError ? 'csv-error' : undefined} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </FormGroup>
        {progress && <p className="govuk-body govuk-!-font-weight-bold" role="status">{progress}</p>}
        <button type="submit" className="govuk-button" disabled={Boolean(progress)}>Import</button>
      </form>
    </PageLayout>
  );
}

function ImportReport({ name, report: r, base }: { name: string; report: Report; base: string }) {
  const rows = refusalsByRow(r.refused);
  const figures: Array<[string, number]> = [
    ['Rows read', r.rowsRead],
    ['People added to the record', r.appointmentsCreated],
    ['Checks recorded', r.checksRecorded],
    ['Rows already on record (only missing checks added)', r.skipped],
    ['Rows refused', r.rowsRefused],
  ];
  return (
    <div className={`govuk-notification-banner${r.rowsRefused ? '' : ' govuk-notification-banner--success'}`} role="status" aria-labelledby="import-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="import-title">{r.rowsRefused ? 'Imported, with rows refused' : 'Imported'}</h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{`${name}: ${r.rowsRead - r.rowsRefused} of ${r.rowsRead} rows imported`}</p>
        <dl className="govuk-summary-list govuk-summary-list--no-border">
          {figures.map(([label, n]) => (
            <div className="govuk-summary-list__row" key={label}>
              <dt className="govuk-summary-list__key">{label}</dt>
              <dd className="govuk-summary-list__value">{n}</dd>
            </div>
          ))}
        </dl>
        {r.ignoredColumns.length > 0 && (
          <p className="govuk-body">{`Columns not read (check their spelling): ${r.ignoredColumns.join(', ')}.`}</p>
        )}
        {rows.length > 0 && (
          <TableScroll label="Rows refused: put them right in the spreadsheet and import it again">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">Rows refused: put them right in the spreadsheet and import it again</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Spreadsheet row</th>
                <th scope="col" className="govuk-table__header">Why it was refused</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {rows.map((row) => (
                <tr className="govuk-table__row" key={row.row}>
                  <th scope="row" className="govuk-table__header">{spreadsheetRow(row.row)}</th>
                  <td className="govuk-table__cell">
                    <ul className="govuk-list">{row.reasons.map((reason) => <li key={reason}>{reason}</li>)}</ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          </TableScroll>
        )}
        <p className="govuk-body"><Link className="govuk-notification-banner__link" to={base}>See the governance record</Link></p>
      </div>
    </div>
  );
}
