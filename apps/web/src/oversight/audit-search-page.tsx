import { CombinedGraphQLErrors } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { errorCode } from '../api/apollo';
import { DateField, TextField } from '../concerns/form-fields';
import { formatDateTime } from '../concerns/concern-labels';
import { graphql } from '../graphql/generated';
import type { AuditEventFilter, AuditOutcome } from '../graphql/generated/graphql';
import { ErrorSummary, type FieldError } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { type AuditSearchForm, COMMON_ACTIONS, EMPTY_SEARCH, formFieldFor, toAuditFilter } from './audit-search';
import { TableScroll } from '../layout/table-scroll';

const PAGE_SIZE = 25;

const AUDIT_EVENTS = graphql(`
  query AuditSearch($filter: AuditEventFilter, $first: Int!, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      edges { node { id occurredAt actorUserId action entityType entityId outcome } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/** Outcomes in words, each tag carrying its text so colour is never the only signal. */
const OUTCOMES: Readonly<Record<AuditOutcome, { text: string; colour: string }>> = {
  SUCCESS: { text: 'Succeeded', colour: 'govuk-tag--green' },
  DENIED: { text: 'Denied', colour: 'govuk-tag--red' },
  REFUSED: { text: 'Refused', colour: 'govuk-tag--orange' },
  FAILED: { text: 'Failed', colour: 'govuk-tag--grey' },
};

/**
 * The audit trail of the manager's council, newest first: filter by action, record, person,
 * outcome and dates, then page through with "Next page". The api decides what each person may read.
 */
export function AuditSearchPage() {
  const [form, setForm] = useState<AuditSearchForm>(EMPTY_SEARCH);
  const [filter, setFilter] = useState<AuditEventFilter>({});
  // Cursors of the pages already passed, so "Previous page" can go back without the api keeping state.
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const [formErrors, setFormErrors] = useState<FieldError[]>([]);
  const after = cursors[cursors.length - 1];
  const { data, error, loading } = useQuery(AUDIT_EVENTS, {
    variables: { filter, first: PAGE_SIZE, after },
    fetchPolicy: 'network-only',
  });

  if (['FORBIDDEN', 'NOT_FOUND'].includes(errorCode(error) ?? '')) return <NoAccessPage />;

  const refusal: FieldError[] = CombinedGraphQLErrors.is(error) && errorCode(error) === 'BAD_USER_INPUT'
    ? [{ field: formFieldFor(String(error.errors[0]?.extensions?.field ?? '')), message: error.errors[0]?.message ?? 'Check the search' }]
    : [];
  const errors = formErrors.length ? formErrors : refusal;
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  const set = <K extends keyof AuditSearchForm>(key: K) => (value: AuditSearchForm[K]) => setForm({ ...form, [key]: value });

  const search = (event: FormEvent) => {
    event.preventDefault();
    const built = toAuditFilter(form);
    setFormErrors(built.errors);
    if (built.errors.length) return;
    setFilter(built.filter);
    setCursors([null]);
  };

  const events = data?.auditEvents.edges.map((e) => e.node) ?? [];
  const pageInfo = data?.auditEvents.pageInfo;
  const title = 'Search the audit trail';
  return (
    <PageLayout title={errors.length ? `Error: ${title}` : title}>
      <ErrorSummary errors={errors} />
      <PageHeading caption="Oversight">{title}</PageHeading>
      <p className="govuk-body">Everything done with your council’s records is recorded here and cannot be changed.</p>
      <form onSubmit={search} noValidate>
        <TextField
          id="action" label="Action" value={form.action} onChange={set('action')} error={errorFor('action')} width="govuk-input--width-20"
          hint={`The exact action, for example ${COMMON_ACTIONS.join(', ')}`}
        />
        <TextField id="entity-type" label="Kind of record" value={form.entityType} onChange={set('entityType')} error={errorFor('entity-type')}
          hint="For example Concern, ConcernDecision or Child" width="govuk-input--width-20" />
        <TextField id="entity-id" label="Record id" value={form.entityId} onChange={set('entityId')} error={errorFor('entity-id')} width="govuk-input--width-30" />
        <TextField id="actor" label="Person’s user id" value={form.actorUserId} onChange={set('actorUserId')} error={errorFor('actor')} width="govuk-input--width-30" />
        <div className={`govuk-form-group${errorFor('outcome') ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label" htmlFor="outcome">Outcome</label>
          <select className="govuk-select" id="outcome" name="outcome" value={form.outcome}
            onChange={(e) => set('outcome')(e.target.value as AuditSearchForm['outcome'])}>
            <option value="">Any outcome</option>
            {(Object.keys(OUTCOMES) as AuditOutcome[]).map((o) => <option key={o} value={o}>{OUTCOMES[o].text}</option>)}
          </select>
        </div>
        <DateField id="from" legend="From" hint="For example, 27 3 2026" value={form.from} onChange={set('from')} error={errorFor('from-day')} />
        <DateField id="to" legend="To (inclusive)" hint="For example, 28 3 2026" value={form.to} onChange={set('to')} error={errorFor('to-day')} />
        <button type="submit" className="govuk-button" data-module="govuk-button">Search</button>
      </form>

      {error && !refusal.length && <ServiceProblem message={error.message} />}
      {loading && <Loading />}
      {data && !events.length && <p className="govuk-body">No audit events match your search.</p>}
      {events.length > 0 && (
        <TableScroll label="Audit events">
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">
            Audit events, newest first (page {cursors.length})
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">When</th>
              <th scope="col" className="govuk-table__header">Action</th>
              <th scope="col" className="govuk-table__header">Record</th>
              <th scope="col" className="govuk-table__header">Who</th>
              <th scope="col" className="govuk-table__header">Outcome</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {events.map((e) => (
              <tr className="govuk-table__row" key={e.id}>
                <td className="govuk-table__cell">{formatDateTime(e.occurredAt)}</td>
                <td className="govuk-table__cell"><code>{e.action}</code></td>
                <td className="govuk-table__cell">{e.entityType}{e.entityId && <><br /><span className="govuk-body-s">{e.entityId}</span></>}</td>
                <td className="govuk-table__cell">{e.actorUserId ?? 'The system'}</td>
                <td className="govuk-table__cell">
                  <strong className={`govuk-tag ${OUTCOMES[e.outcome].colour}`}>{OUTCOMES[e.outcome].text}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </TableScroll>
      )}
      {data && (cursors.length > 1 || pageInfo?.hasNextPage) && (
        <nav className="govuk-pagination govuk-pagination--block" aria-label="Results pages">
          {cursors.length > 1 && (
            <div className="govuk-pagination__prev">
              <button type="button" className="govuk-link govuk-pagination__link app-link-button" onClick={() => setCursors(cursors.slice(0, -1))}>
                <span className="govuk-pagination__link-title">Previous page</span>
              </button>
            </div>
          )}
          {pageInfo?.hasNextPage && pageInfo.endCursor && (
            <div className="govuk-pagination__next">
              <button type="button" className="govuk-link govuk-pagination__link app-link-button" onClick={() => setCursors([...cursors, pageInfo.endCursor!])}>
                <span className="govuk-pagination__link-title">Next page</span>
              </button>
            </div>
          )}
        </nav>
      )}
    </PageLayout>
  );
}
