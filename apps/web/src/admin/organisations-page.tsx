import { useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { errorCode } from '../api/apollo';
import type { SchoolTypeGroup } from '../graphql/generated/graphql';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { TYPE_GROUP_LABELS } from './admin-labels';
import { schoolSearch, schoolsQueryString } from './admin-logic';
import { ADMIN_LOCAL_AUTHORITIES, ADMIN_SCHOOL_BY_URN, ADMIN_SCHOOLS } from './admin-queries';
import { TableScroll } from '../layout/table-scroll';

interface SchoolRow {
  id: string;
  urn: number;
  name: string;
  typeGroup: SchoolTypeGroup;
  status: string;
  localAuthority: { name: string };
}

/** Local authorities and schools as GIAS describes them: search by name or URN, filter by type. */
export function OrganisationsPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const search = params.get('search') ?? '';
  const type = (params.get('type') ?? '') as SchoolTypeGroup | '';
  const after = params.get('after') ?? undefined;
  const [typed, setTyped] = useState({ search, type });
  const { urn, name } = schoolSearch(search);
  const list = useQuery(ADMIN_SCHOOLS, { variables: { name, typeGroup: type || undefined, after }, skip: urn !== undefined, fetchPolicy: 'network-only' });
  const byUrn = useQuery(ADMIN_SCHOOL_BY_URN, { variables: { urn: urn ?? 0 }, skip: urn === undefined, fetchPolicy: 'network-only' });
  const authorities = useQuery(ADMIN_LOCAL_AUTHORITIES);
  if ([list.error, byUrn.error, authorities.error].some((e) => errorCode(e) === 'FORBIDDEN')) return <NoAccessPage />;
  const error = list.error ?? (errorCode(byUrn.error) === 'NOT_FOUND' ? undefined : byUrn.error);
  const rows: SchoolRow[] | undefined = urn !== undefined
    ? byUrn.data ? [byUrn.data.school].filter((s) => !type || s.typeGroup === type) : byUrn.error ? [] : undefined
    : list.data?.schools.edges.map((e) => e.node);
  const page = list.data?.schools.pageInfo;

  function submit(event: FormEvent) {
    event.preventDefault();
    void navigate(`/admin/organisations${schoolsQueryString({ search: typed.search.trim(), type: typed.type })}`);
  }

  return (
    <PageLayout title="Organisations">
      <Link className="govuk-back-link" to="/admin">Back to users</Link>
      <PageHeading caption="Administration">Organisations</PageHeading>
      <p className="govuk-body">Schools and local authorities come from Get Information About Schools (GIAS). <Link className="govuk-link" to="/admin/gias-imports">Import a GIAS file</Link></p>
      <h2 className="govuk-heading-m">Schools</h2>
      <form onSubmit={submit} role="search" aria-label="Schools">
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="search">Name or URN</label>
          <input className="govuk-input govuk-input--width-20" id="search" name="search" type="search" value={typed.search}
            onChange={(e) => setTyped((t) => ({ ...t, search: e.target.value }))} />
        </div>
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="type">Type of school</label>
          <select className="govuk-select" id="type" name="type" value={typed.type} onChange={(e) => setTyped((t) => ({ ...t, type: e.target.value as SchoolTypeGroup | '' }))}>
            <option value="">Any type</option>
            {(Object.keys(TYPE_GROUP_LABELS) as SchoolTypeGroup[]).map((g) => <option key={g} value={g}>{TYPE_GROUP_LABELS[g]}</option>)}
          </select>
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary">Search</button>
      </form>
      {error && <ServiceProblem message={error.message} />}
      {!rows && !error && <Loading />}
      {rows && (rows.length === 0 ? (
        <p className="govuk-body" role="status">No school matches{search && ` “${search}”`}.</p>
      ) : (
        <TableScroll label="Schools">
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">Schools</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">School</th>
              <th scope="col" className="govuk-table__header">URN</th>
              <th scope="col" className="govuk-table__header">Type</th>
              <th scope="col" className="govuk-table__header">Local authority</th>
              <th scope="col" className="govuk-table__header">GIAS status</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {rows.map((s) => (
              <tr className="govuk-table__row" key={s.id}>
                <th scope="row" className="govuk-table__header"><Link className="govuk-link" to={`/admin/schools/${s.id}`}>{s.name}</Link></th>
                <td className="govuk-table__cell">{s.urn}</td>
                <td className="govuk-table__cell">{TYPE_GROUP_LABELS[s.typeGroup]}</td>
                <td className="govuk-table__cell">{s.localAuthority.name}</td>
                <td className="govuk-table__cell">{s.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </TableScroll>
      ))}
      {urn === undefined && page?.hasNextPage && page.endCursor && (
        <nav className="govuk-pagination" aria-label="Pages of schools">
          <div className="govuk-pagination__next">
            <Link className="govuk-link govuk-pagination__link" rel="next" to={`/admin/organisations${schoolsQueryString({ search, type, after: page.endCursor })}`}>
              <span className="govuk-pagination__link-title">Next page of schools</span>
            </Link>
          </div>
        </nav>
      )}
      <h2 className="govuk-heading-m">Local authorities</h2>
      {authorities.data && (
        <TableScroll label="Local authorities">
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">Local authorities</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Local authority</th>
              <th scope="col" className="govuk-table__header">LA code</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {authorities.data.localAuthorities.map((la) => (
              <tr className="govuk-table__row" key={la.id}>
                <th scope="row" className="govuk-table__header">{la.name}</th>
                <td className="govuk-table__cell">{la.code}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </TableScroll>
      )}
    </PageLayout>
  );
}
