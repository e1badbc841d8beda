import { useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMe } from '../auth/require-session';
import { graphql } from '../graphql/generated';
import type { EntryStatus, RegisterKind } from '../graphql/generated/graphql';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { AttentionText, EntryStatusTag } from './entry-summary';
import { ExportRegister } from './export-register';
import { formatDate, KIND_LABELS, label, REGISTER_WORK_ROLES, STATUS_LABELS } from './register-labels';
import { TableScroll } from '../layout/table-scroll';

const PAGE_SIZE = 20;

export const REGISTER_ENTRIES = graphql(`
  query RegisterEntries($first: Int!, $after: String, $filter: RegisterEntriesFilter) {
    registerEntries(first: $first, after: $after, filter: $filter) {
      edges {
        node {
          id
          kind
          status
          reportedOn
          flags
          deadlines { kind dueOn overdue }
          child { id legalFirstName legalLastName dateOfBirth }
        }
      }
      pageInfo { endCursor hasNextPage }
      totalCount
    }
  }
`);

const FIND_CHILDREN = graphql(`
  query FindChildren($first: Int!, $after: String, $filter: ChildrenFilter) {
    children(first: $first, after: $after, filter: $filter) {
      edges { node { id legalFirstName legalLastName otherNames dateOfBirth postcode } }
      pageInfo { endCursor hasNextPage }
    }
  }
`);

/** Who reads the authority's whole register (the api's area readers); schools have their own page. */
const AREA_READERS = new Set(['LA_OFFICER', 'LA_MANAGER', 'HMI']);

/** The council's register: find a child by name, or list entries by kind and status, a page at a time. */
export function RegisterPage() {
  const me = useMe();
  if (!me.memberships.some((m) => AREA_READERS.has(m.role))) return <NoAccessPage />;
  return <AuthorityRegister />;
}

function AuthorityRegister() {
  const [params, setParams] = useSearchParams();
  const name = params.get('name') ?? '';
  const kind = params.get('kind') ?? '';
  const status = params.get('status') ?? '';
  const overdue = params.get('overdue') === 'yes';
  const open = params.get('open') === 'yes';
  const after = params.get('after') ?? undefined;
  const [typed, setTyped] = useState({ name, kind, status, open: open ? 'yes' : '', overdue: overdue ? 'yes' : '' });
  const me = useMe();
  const roles = new Set(me.memberships.map((m) => m.role));
  const works = [...roles].some((r) => REGISTER_WORK_ROLES.has(r));

  function search(event: FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [key, value] of Object.entries(typed)) if (value.trim()) next.set(key, value.trim());
    setParams(next);
  }

  function nextPage(cursor: string) {
    const next = new URLSearchParams(params);
    next.set('after', cursor);
    return `/register?${next.toString()}`;
  }

  return (
    <PageLayout title="Register of children out of school">
      <PageHeading>Register of children out of school</PageHeading>
      {works && (
        <div className="govuk-button-group">
          <Link className="govuk-button govuk-button--secondary" to="/register/children/new" draggable={false}>Add a child</Link>
          {roles.has('LA_MANAGER') && <Link className="govuk-link" to="/register/merges">Records that may be the same child</Link>}
        </div>
      )}
      <form onSubmit={search} className="app-register-search" role="search" aria-label="Register">
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor="name">
            Child’s name
          </label>
          <div id="name-hint" className="govuk-hint">
            Close spellings and other names are found too
          </div>
          <input className="govuk-input govuk-input--width-20" id="name" name="name" type="search" aria-describedby="name-hint"
            value={typed.name} onChange={(e) => setTyped({ ...typed, name: e.target.value })} />
        </div>
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor="kind">
            Kind of entry
          </label>
          <select className="govuk-select" id="kind" name="kind" value={typed.kind} onChange={(e) => setTyped({ ...typed, kind: e.target.value })}>
            <option value="">All kinds</option>
            {Object.entries(KIND_LABELS).map(([code, text]) => <option key={code} value={code}>{text}</option>)}
          </select>
        </div>
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor="status">
            Status
          </label>
          <select className="govuk-select" id="status" name="status" value={typed.status} onChange={(e) => setTyped({ ...typed, status: e.target.value })}>
            <option value="">Any status</option>
            {Object.entries(STATUS_LABELS).map(([code, text]) => <option key={code} value={code}>{text}</option>)}
          </select>
        </div>
        <div className="govuk-form-group">
          <div className="govuk-checkboxes govuk-checkboxes--small">
            <div className="govuk-checkboxes__item">
              <input className="govuk-checkboxes__input" id="open" name="open" type="checkbox" value="yes"
                checked={typed.open === 'yes'} onChange={(e) => setTyped({ ...typed, open: e.target.checked ? 'yes' : '' })} />
              <label className="govuk-label govuk-checkboxes__label" htmlFor="open">
                Only entries still open (not closed)
              </label>
            </div>
            <div className="govuk-checkboxes__item">
              <input className="govuk-checkboxes__input" id="overdue" name="overdue" type="checkbox" value="yes"
                checked={typed.overdue === 'yes'} onChange={(e) => setTyped({ ...typed, overdue: e.target.checked ? 'yes' : '' })} />
              <label className="govuk-label govuk-checkboxes__label" htmlFor="overdue">
                Only entries with an overdue deadline
              </label>
            </div>
          </div>
        </div>
        <button type="submit" className="govuk-button" data-module="govuk-button">
          Search
        </button>
      </form>
      {name ? (
        <ChildResults name={name} after={after} nextPage={nextPage} />
      ) : (
        <EntryResults kind={kind} status={status} open={open} overdue={overdue} after={after} nextPage={nextPage} />
      )}
      {works && <ExportRegister />}
    </PageLayout>
  );
}

function ChildResults({ name, after, nextPage }: { name: string; after?: string; nextPage: (cursor: string) => string }) {
  const { data, error } = useQuery(FIND_CHILDREN, { variables: { first: PAGE_SIZE, after, filter: { name } }, fetchPolicy: 'network-only' });
  if (error && !data) return <ServiceProblem message={error.message} />;
  if (!data) return <Loading />;
  const children = data.children.edges.map((e) => e.node);
  return (
    <>
      <h2 className="govuk-heading-m">Children matching “{name}”</h2>
      {!children.length && <p className="govuk-body">No child on the register matches that name.</p>}
      {children.length > 0 && (
        <TableScroll label={`Children matching “${name}”`}>
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">Children matching “{name}”</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Name</th>
              <th scope="col" className="govuk-table__header">Date of birth</th>
              <th scope="col" className="govuk-table__header">Postcode</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {children.map((c) => (
              <tr className="govuk-table__row" key={c.id}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/register/children/${c.id}`}>{c.legalFirstName} {c.legalLastName}</Link>
                  {c.otherNames.length > 0 && <span className="govuk-body-s"> (also known as {c.otherNames.join(', ')})</span>}
                </td>
                <td className="govuk-table__cell">{formatDate(c.dateOfBirth)}</td>
                <td className="govuk-table__cell">{c.postcode}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </TableScroll>
      )}
      <Pagination after={after} next={data.children.pageInfo.hasNextPage ? nextPage(data.children.pageInfo.endCursor!) : undefined} />
    </>
  );
}

function EntryResults({ kind, status, open, overdue, after, nextPage }: {
  kind: string;
  status: string;
  open: boolean;
  overdue: boolean;
  after?: string;
  nextPage: (cursor: string) => string;
}) {
  const filter = {
    kind: (kind || undefined) as RegisterKind | undefined,
    status: (status || undefined) as EntryStatus | undefined,
    open: open || undefined,
    overdue: overdue || undefined,
  };
  const { data, error } = useQuery(REGISTER_ENTRIES, { variables: { first: PAGE_SIZE, after, filter }, fetchPolicy: 'network-only' });
  if (error && !data) return <ServiceProblem message={error.message} />;
  if (!data) return <Loading />;
  const entries = data.registerEntries.edges.map((e) => e.node);
  const caption = [kind ? label(KIND_LABELS, kind) : 'All entries', status && label(STATUS_LABELS, status).toLowerCase(), open && 'open only', overdue && 'overdue only'].filter(Boolean).join(', ');
  return (
    <>
      {!entries.length && <p className="govuk-body">No entries match.</p>}
      {entries.length > 0 && (
        <TableScroll label={caption}>
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">
            {caption}
            {data.registerEntries.totalCount != null && ` (${data.registerEntries.totalCount})`}
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Child</th>
              <th scope="col" className="govuk-table__header">Kind</th>
              <th scope="col" className="govuk-table__header">Status</th>
              <th scope="col" className="govuk-table__header">Reported</th>
              <th scope="col" className="govuk-table__header">Needs attention</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {entries.map((e) => (
              <tr className="govuk-table__row" key={e.id}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/register/entries/${e.id}`}>
                    {e.child ? `${e.child.legalFirstName} ${e.child.legalLastName}` : 'Child (record withheld)'}
                    <span className="govuk-visually-hidden">, {label(KIND_LABELS, e.kind)}</span>
                  </Link>
                </td>
                <td className="govuk-table__cell">{label(KIND_LABELS, e.kind)}</td>
                <td className="govuk-table__cell"><EntryStatusTag status={e.status} /></td>
                <td className="govuk-table__cell">{formatDate(e.reportedOn)}</td>
                <td className="govuk-table__cell"><AttentionText flags={e.flags} deadlines={e.deadlines} /></td>
              </tr>
            ))}
          </tbody>
        </table>
        </TableScroll>
      )}
      <Pagination after={after} next={data.registerEntries.pageInfo.hasNextPage ? nextPage(data.registerEntries.pageInfo.endCursor!) : undefined} />
    </>
  );
}

/** Cursor paging goes forward only; "First page" starts again. */
function Pagination({ after, next }: { after?: string; next?: string }) {
  const [params] = useSearchParams();
  if (!after && !next) return null;
  const first = new URLSearchParams(params);
  first.delete('after');
  return (
    <nav className="govuk-pagination" aria-label="Pages of results">
      {after && (
        <div className="govuk-pagination__prev">
          <Link className="govuk-link govuk-pagination__link" to={`/register?${first.toString()}`} rel="first">
            <span className="govuk-pagination__link-title">First page</span>
          </Link>
        </div>
      )}
      {next && (
        <div className="govuk-pagination__next">
          <Link className="govuk-link govuk-pagination__link" to={next} rel="next">
            <span className="govuk-pagination__link-title">Next page</span>
          </Link>
        </div>
      )}
    </nav>
  );
}
