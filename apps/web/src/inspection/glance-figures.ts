import type { InspectionGlanceQuery } from '../graphql/generated/graphql';

/** One headline count, and the list page that shows exactly the records it counts. */
export interface GlanceFigure {
  key: string;
  label: string;
  /** Words, e.g. "12" or "50 or more" when the list runs past its first page. */
  value: string;
  to: string;
}

const pageCount = (page: { edges: unknown[]; pageInfo: { hasNextPage: boolean } }) =>
  page.pageInfo.hasNextPage ? `${page.edges.length} or more` : String(page.edges.length);

/**
 * Today's headline counts for the authority, each read the way its list page reads the records:
 * the register's counts by the register's filters, the front door's by its queue, and so on.
 */
export function glanceFigures(data: InspectionGlanceQuery): GlanceFigure[] {
  const r = data.registerDashboard;
  const cmeOpen = r.counts.filter((c) => c.kind === 'CME' && c.status !== 'CLOSED').reduce((n, c) => n + c.count, 0);
  const cmeOverdue = r.overdue.find((c) => c.kind === 'CME')?.count ?? 0;
  const overdue = r.overdue.reduce((n, c) => n + c.count, 0);
  const f = data.frontDoorDashboard;
  const g = data.governanceCompletion.total;
  return [
    { key: 'cme-open', label: 'Children missing education, open', value: String(cmeOpen), to: '/register?kind=CME&open=yes' },
    { key: 'cme-overdue', label: 'Of those, with a deadline overdue', value: String(cmeOverdue), to: '/register?kind=CME&open=yes&overdue=yes' },
    { key: 'register-overdue', label: 'Register entries of every kind with a deadline overdue', value: String(overdue), to: '/register?open=yes&overdue=yes' },
    { key: 'concerns-waiting', label: 'Concerns waiting for a decision', value: String(f.waiting), to: '/concerns?status=AWAITING_DECISION' },
    { key: 'concerns-overdue', label: 'Of those, past their one-working-day deadline', value: String(f.waitingOverdue), to: '/front-door?overdue=yes' },
    { key: 'sign-off', label: 'Decisions waiting for a manager’s sign-off', value: String(f.awaitingSignOff), to: '/concerns?status=AWAITING_SIGN_OFF' },
    { key: 'governance-overdue', label: 'Governors’ suitability checks overdue or refused', value: String(g.overdue + g.refused), to: '/governance/completion' },
    { key: 'pressure-waiting', label: 'Reports of intimidation or pressure waiting for acknowledgement', value: pageCount(data.awaitingAcknowledgement), to: '/pressure?status=SUBMITTED' },
    { key: 'pressure-overdue', label: 'Of those, past their acknowledgement deadline', value: pageCount(data.acknowledgementOverdue), to: '/pressure?acknowledgementOverdue=yes' },
  ];
}
