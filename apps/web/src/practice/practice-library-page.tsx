import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMe } from '../auth/require-session';
import { formatDateTime } from '../concerns/concern-labels';
import { holdsAny } from '../concerns/concern-roles';
import { graphql } from '../graphql/generated';
import type { PracticeSort } from '../graphql/generated/graphql';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, ServiceProblem } from '../layout/status-pages';
import { Checkboxes } from '../concerns/form-fields';
import { apiFilter, filterParams, readFilters } from './practice-filters';
import { endorsements, PRACTICE_PUBLISHING_ROLES, SORT_LABELS } from './practice-labels';

/** 25 a page: the GraphQL cost limit refuses bigger pages with nested fields. */
const PAGE_SIZE = 25;

const ENTRIES = graphql(`
  query PracticeLibrary($search: String, $sort: PracticeSort, $first: Int!, $after: String, $filter: PracticeFilter) {
    practiceEntries(search: $search, sort: $sort, first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          entry {
            id title summary kind tags endorsementCount featuredAt createdAt
            author { id displayName }
            authorSchool { id name }
          }
        }
      }
    }
  }
`);

const LIBRARY_TAGS = graphql(`
  query PracticeLibraryTags {
    practiceTags { slug label }
  }
`);

/**
 * The Prevent practice library (/practice): full-text search over what schools shared and the
 * council's guidance. The search words, order and page live in the address, so Back works.
 */
export function PracticeLibraryPage() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const { q: search, sort, after } = filters;
  const [words, setWords] = useState(search);
  const [order, setOrder] = useState<PracticeSort>(sort);
  const [tags, setTags] = useState<string[]>(filters.tags);
  const [featured, setFeatured] = useState(filters.featured);
  const { data: tagData } = useQuery(LIBRARY_TAGS);
  const { data, error } = useQuery(ENTRIES, {
    variables: { search: search || undefined, sort, first: PAGE_SIZE, after, filter: apiFilter(filters) },
    fetchPolicy: 'network-only',
  });
  const tagLabel = (slug: string) => tagData?.practiceTags.find((t) => t.slug === slug)?.label ?? slug;
  const narrowed = filters.tags.length > 0 || filters.featured;
  const entries = data?.practiceEntries.edges.map((e) => e.node.entry) ?? [];
  const total = data?.practiceEntries.totalCount;
  const pageInfo = data?.practiceEntries.pageInfo;

  function find() {
    setParams(filterParams({ ...filters, q: words, sort: order, tags, featured, after: undefined }));
  }

  return (
    <PageLayout title="Prevent practice library">
      <PageHeading>Prevent practice library</PageHeading>
      <p className="govuk-body">What schools did against radicalisation and what worked, and the council’s guidance.</p>
      {holdsAny(me, PRACTICE_PUBLISHING_ROLES) && (
        <Link to="/practice/new" className="govuk-button govuk-button--secondary" role="button" draggable={false}>Share your practice</Link>
      )}
      <form role="search" noValidate onSubmit={(e) => { e.preventDefault(); find(); }}>
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor="practice-search">Search the library</label>
          <div id="practice-search-hint" className="govuk-hint">Words in the title, tags, summary or text. Use "quotes" for a phrase and - to leave a word out.</div>
          <input className="govuk-input govuk-!-width-two-thirds" id="practice-search" name="q" type="search" aria-describedby="practice-search-hint"
            value={words} onChange={(e) => setWords(e.target.value)} />
        </div>
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor="practice-sort">Order</label>
          <select className="govuk-select" id="practice-sort" name="sort" value={order} onChange={(e) => setOrder(e.target.value as PracticeSort)}>
            {Object.entries(SORT_LABELS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </div>
        <details className="govuk-details" open={narrowed}>
          <summary className="govuk-details__summary"><span className="govuk-details__summary-text">Filter by tag or featured</span></summary>
          <div className="govuk-details__text">
            <Checkboxes id="practice-tags" legend="Tags" hint="Entries carrying every tag you choose." values={tags} onChange={setTags}
              options={(tagData?.practiceTags ?? []).map((t) => ({ value: t.slug, label: t.label }))} />
            <Checkboxes id="practice-featured" legend="Featured" values={featured ? ['yes'] : []} onChange={(v) => setFeatured(v.includes('yes'))}
              options={[{ value: 'yes', label: 'Only entries the council featured' }]} />
          </div>
        </details>
        <button type="submit" className="govuk-button">Search</button>
      </form>
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {data && (
        <p className="govuk-body" role="status">
          {search ? `${total ?? entries.length} found for “${search}”` : `${total ?? entries.length} in the library`}
          {narrowed ? ` (${[...filters.tags.map((t) => `tagged ${tagLabel(t)}`), ...(filters.featured ? ['featured only'] : [])].join(', ')})` : ''}
        </p>
      )}
      {entries.length > 0 && (
        <ul className="govuk-list app-practice-results">
          {entries.map((entry) => (
            <li key={entry.id} className="govuk-!-margin-bottom-6">
              <h2 className="govuk-heading-s govuk-!-margin-bottom-1">
                <Link className="govuk-link" to={`/practice/${entry.id}`}>{entry.title}</Link>
              </h2>
              <p className="govuk-body govuk-!-margin-bottom-1">
                {entry.kind === 'GUIDANCE' && <strong className="govuk-tag govuk-tag--purple govuk-!-margin-right-1">Council guidance</strong>}
                {entry.featuredAt && <strong className="govuk-tag govuk-tag--green govuk-!-margin-right-1">Featured</strong>}
                {entry.summary}
              </p>
              <p className="govuk-body-s govuk-!-margin-bottom-0">
                {[entry.authorSchool?.name ?? entry.author?.displayName ?? 'Shared anonymously', formatDateTime(entry.createdAt), endorsements(entry.endorsementCount)].join(' · ')}
              </p>
            </li>
          ))}
        </ul>
      )}
      {pageInfo?.hasNextPage && pageInfo.endCursor && (
        <nav className="govuk-pagination govuk-pagination--block" aria-label="Pages of results">
          <div className="govuk-pagination__next">
            <Link className="govuk-link govuk-pagination__link" rel="next"
              to={`/practice?${filterParams({ ...filters, after: pageInfo.endCursor }).toString()}`}>
              <span className="govuk-pagination__link-title">Next page</span>
            </Link>
          </div>
        </nav>
      )}
    </PageLayout>
  );
}
