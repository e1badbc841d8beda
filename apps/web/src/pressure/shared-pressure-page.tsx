import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { graphql } from '../graphql/generated';
import type { CurriculumArea, PressureCategory } from '../graphql/generated/graphql';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { SCHOOL_TYPE_LABELS } from '../practice/practice-labels';
import { CURRICULUM_AREA_LABELS, CURRICULUM_AREAS, PRESSURE_CATEGORIES, PRESSURE_CATEGORY_LABELS } from './pressure-labels';
import { monthLabel } from './pressure-trends';

const PAGE_SIZE = 25;

const SHARED = graphql(`
  query SharedPressureReports($first: Int!, $after: String, $filter: SharedPressureReportsFilter) {
    sharedPressureReports(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { shareKey category curriculumArea month schoolTypeGroup summary } }
    }
  }
`);

const sharedCount = (n: number) => `${n} shared ${n === 1 ? 'report' : 'reports'}`;
const isCategory = (v: string | null): v is PressureCategory => !!v && (PRESSURE_CATEGORIES as string[]).includes(v);
const isArea = (v: string | null): v is CurriculumArea => !!v && (CURRICULUM_AREAS as string[]).includes(v);

/**
 * Reports other schools chose to share, anonymised (/pressure/shared): never the school, names,
 * links or files; what kind, which month, what kind of school and the reporter's own summary.
 */
export function SharedPressurePage() {
  const [params, setParams] = useSearchParams();
  const category = isCategory(params.get('category')) ? (params.get('category') as PressureCategory) : undefined;
  const area = isArea(params.get('area')) ? (params.get('area') as CurriculumArea) : undefined;
  const after = params.get('after') ?? undefined;
  const [chosenCategory, setChosenCategory] = useState<string>(category ?? '');
  const [chosenArea, setChosenArea] = useState<string>(area ?? '');
  const filter = category || area ? { ...(category ? { category } : {}), ...(area ? { curriculumArea: area } : {}) } : undefined;
  const { data, error } = useQuery(SHARED, { variables: { first: PAGE_SIZE, after, filter }, fetchPolicy: 'network-only' });
  const code = errorCode(error);
  if (code === 'FORBIDDEN' || code === 'NOT_FOUND') return <NoAccessPage />;
  const reports = data?.sharedPressureReports.edges.map((e) => e.node) ?? [];
  const pageInfo = data?.sharedPressureReports.pageInfo;
  const query = (extra: Record<string, string>) =>
    new URLSearchParams({ ...(category ? { category } : {}), ...(area ? { area } : {}), ...extra }).toString();

  function apply() {
    const next = new URLSearchParams();
    if (chosenCategory) next.set('category', chosenCategory);
    if (chosenArea) next.set('area', chosenArea);
    setParams(next);
  }

  const title = 'Reports other schools shared';
  return (
    <PageLayout title={title}>
      <Link to="/pressure" className="govuk-back-link">Back to reports</Link>
      <PageHeading>{title}</PageHeading>
      <p className="govuk-body">
        Schools that reported intimidation or pressure chose to share these, anonymised: you see what kind it was, when, the kind of
        school and a summary they wrote, never the school or anyone’s name. Your own school’s reports are not listed here.
      </p>
      <form noValidate onSubmit={(e) => { e.preventDefault(); apply(); }}>
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor="shared-category">What kind</label>
          <select className="govuk-select" id="shared-category" value={chosenCategory} onChange={(e) => setChosenCategory(e.target.value)}>
            <option value="">Any kind</option>
            {PRESSURE_CATEGORIES.map((c) => <option key={c} value={c}>{PRESSURE_CATEGORY_LABELS[c]}</option>)}
          </select>
        </div>
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor="shared-area">Curriculum area</label>
          <select className="govuk-select" id="shared-area" value={chosenArea} onChange={(e) => setChosenArea(e.target.value)}>
            <option value="">Any</option>
            {CURRICULUM_AREAS.map((a) => <option key={a} value={a}>{CURRICULUM_AREA_LABELS[a]}</option>)}
          </select>
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary">Show reports</button>
      </form>
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {data && <p className="govuk-body" role="status">{sharedCount(data.sharedPressureReports.totalCount ?? reports.length)}</p>}
      {reports.map((r) => (
        <div className="govuk-summary-card" key={r.shareKey}>
          <div className="govuk-summary-card__title-wrapper">
            <h2 className="govuk-summary-card__title">{`${PRESSURE_CATEGORY_LABELS[r.category]}, ${monthLabel(r.month)}`}</h2>
          </div>
          <div className="govuk-summary-card__content">
            <dl className="govuk-summary-list">
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Summary</dt>
                <dd className="govuk-summary-list__value">{r.summary}</dd>
              </div>
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Curriculum area</dt>
                <dd className="govuk-summary-list__value">{r.curriculumArea ? CURRICULUM_AREA_LABELS[r.curriculumArea] : 'Not about the curriculum'}</dd>
              </div>
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Kind of school</dt>
                <dd className="govuk-summary-list__value">{SCHOOL_TYPE_LABELS[r.schoolTypeGroup]}</dd>
              </div>
            </dl>
          </div>
        </div>
      ))}
      {pageInfo?.hasNextPage && pageInfo.endCursor && (
        <nav className="govuk-pagination govuk-pagination--block" aria-label="Pages of shared reports">
          <div className="govuk-pagination__next">
            <Link className="govuk-link govuk-pagination__link" rel="next" to={`/pressure/shared?${query({ after: pageInfo.endCursor })}`}>
              <span className="govuk-pagination__link-title">Next page</span>
            </Link>
          </div>
        </nav>
      )}
    </PageLayout>
  );
}
