import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { TextField } from '../concerns/form-fields';
import { graphql } from '../graphql/generated';
import { ErrorSummary, type FieldError } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { SCHOOL_TYPE_LABELS } from '../practice/practice-labels';
import { CURRICULUM_AREA_LABELS, PRESSURE_CATEGORY_LABELS } from './pressure-labels';
import { csvFileName, monthLabel, monthProblems, percentOf, trendsFilter } from './pressure-trends';
import { TableScroll } from '../layout/table-scroll';

const TRENDS = graphql(`
  query PressureTrends($filter: PressureTrendsFilter) {
    pressureTrends(filter: $filter) {
      total consentedOnly from to
      byMonth { month count }
      byCategory { category count }
      byCurriculumArea { curriculumArea count }
      bySchoolTypeGroup { schoolTypeGroup count }
      byArea { localAuthorityId name count }
    }
  }
`);

const TRENDS_CSV = graphql(`
  query PressureTrendsCsv($filter: PressureTrendsFilter) {
    pressureTrendsCsv(filter: $filter)
  }
`);

function CountTable({ caption, heading, rows, total }: { caption: string; heading: string; rows: Array<{ key: string; label: string; count: number }>; total: number }) {
  return (
    <TableScroll label={caption}>
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">{heading}</th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">Reports</th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">Share</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((r) => (
          <tr className="govuk-table__row" key={r.key}>
            <th scope="row" className="govuk-table__header">{r.label}</th>
            <td className="govuk-table__cell govuk-table__cell--numeric">{r.count}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{percentOf(r.count, total)}</td>
          </tr>
        ))}
      </tbody>
    </table>
    </TableScroll>
  );
}

function saveText(text: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Trends of intimidation and pressure (/pressure/trends) for the authority's team and HMI: counts
 * by month, kind, curriculum area and kind of school, naming no school, and the CSV download.
 * The months counted live in the address.
 */
export function PressureTrendsPage() {
  const client = useApolloClient();
  const [params, setParams] = useSearchParams();
  const filter = trendsFilter(params);
  const [from, setFrom] = useState(filter.from ?? '');
  const [to, setTo] = useState(filter.to ?? '');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [downloading, setDownloading] = useState(false);
  const { data, error } = useQuery(TRENDS, { variables: { filter }, fetchPolicy: 'network-only' });
  const code = errorCode(error);
  if (code === 'FORBIDDEN' || code === 'NOT_FOUND') return <NoAccessPage />;
  const t = data?.pressureTrends;

  function apply() {
    const problems = monthProblems(from.trim(), to.trim());
    setErrors(problems);
    if (problems.length) return;
    const next = new URLSearchParams();
    if (from.trim()) next.set('from', from.trim());
    if (to.trim()) next.set('to', to.trim());
    setParams(next);
  }

  async function download() {
    setDownloading(true);
    try {
      const result = await client.query({ query: TRENDS_CSV, variables: { filter }, fetchPolicy: 'network-only' });
      saveText(result.data!.pressureTrendsCsv, csvFileName(filter));
      setErrors([]);
    } catch (e) {
      setErrors([{ field: 'download-csv', message: e instanceof Error ? e.message : 'The CSV could not be made. Try again later.' }]);
    } finally {
      setDownloading(false);
    }
  }

  const title = 'Trends in intimidation and pressure';
  return (
    <PageLayout title={errors.length ? `Error: ${title}` : title}>
      <Link to="/pressure" className="govuk-back-link">Back to reports</Link>
      <ErrorSummary errors={errors} />
      <PageHeading>{title}</PageHeading>
      <form noValidate onSubmit={(e) => { e.preventDefault(); apply(); }}>
        <TextField id="trends-from" label="From month (optional)" hint="Year and month, for example 2026-01" width="govuk-input--width-10"
          value={from} onChange={setFrom} error={errors.find((e) => e.field === 'trends-from')?.message} />
        <TextField id="trends-to" label="To month (optional)" hint="Year and month, for example 2026-06" width="govuk-input--width-10"
          value={to} onChange={setTo} error={errors.find((e) => e.field === 'trends-to')?.message} />
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button govuk-button--secondary">Show trends</button>
          <button type="button" id="download-csv" className="govuk-button govuk-button--secondary" disabled={downloading} onClick={() => void download()}>
            Download CSV
          </button>
        </div>
      </form>
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {t && (
        <>
          <p className="govuk-body" role="status">
            {`${t.total} ${t.total === 1 ? 'report' : 'reports'}${t.from || t.to ? ` from ${t.from ? monthLabel(t.from) : 'the start'} to ${t.to ? monthLabel(t.to) : 'now'}` : ''}.`}
            {t.consentedOnly ? ' Only reports their schools chose to share are counted.' : ''}
          </p>
          <CountTable caption="By month it happened" heading="Month" total={t.total}
            rows={t.byMonth.map((m) => ({ key: m.month, label: monthLabel(m.month), count: m.count }))} />
          <CountTable caption="By kind" heading="What kind" total={t.total}
            rows={t.byCategory.map((c) => ({ key: c.category, label: PRESSURE_CATEGORY_LABELS[c.category], count: c.count }))} />
          <CountTable caption="By curriculum area" heading="Curriculum area" total={t.total}
            rows={t.byCurriculumArea.map((c) => ({ key: c.curriculumArea ?? 'none', label: c.curriculumArea ? CURRICULUM_AREA_LABELS[c.curriculumArea] : 'Not about the curriculum', count: c.count }))} />
          <CountTable caption="By kind of school" heading="Kind of school" total={t.total}
            rows={t.bySchoolTypeGroup.map((s) => ({ key: s.schoolTypeGroup, label: SCHOOL_TYPE_LABELS[s.schoolTypeGroup], count: s.count }))} />
          {t.byArea.length > 1 && (
            <CountTable caption="By local authority" heading="Local authority" total={t.total}
              rows={t.byArea.map((a) => ({ key: a.localAuthorityId, label: a.name, count: a.count }))} />
          )}
        </>
      )}
    </PageLayout>
  );
}
