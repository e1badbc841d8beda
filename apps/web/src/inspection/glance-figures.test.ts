import { describe, expect, it } from 'vitest';
import type { InspectionGlanceQuery } from '../graphql/generated/graphql';
import { glanceFigures } from './glance-figures';

const page = (n: number, more = false) => ({ edges: Array.from({ length: n }, (_, i) => ({ node: { id: String(i) } })), pageInfo: { hasNextPage: more } });

const data = {
  registerDashboard: {
    asOf: '2026-10-01',
    counts: [
      { kind: 'CME', status: 'REPORTED', count: 2 },
      { kind: 'CME', status: 'ENQUIRIES', count: 3 },
      { kind: 'CME', status: 'CLOSED', count: 9 },
      { kind: 'EHE', status: 'OPEN', count: 4 },
    ],
    overdue: [
      { kind: 'CME', count: 1 },
      { kind: 'EHE', count: 2 },
    ],
  },
  frontDoorDashboard: { waiting: 5, waitingOverdue: 1, awaitingSignOff: 2 },
  governanceCompletion: { total: { overdue: 3, refused: 1 } },
  awaitingAcknowledgement: page(50, true),
  acknowledgementOverdue: page(0),
} as unknown as InspectionGlanceQuery;

describe('the dashboard’s headline counts', () => {
  it('counts as the linked list does, and links each count to that list', () => {
    const figures = Object.fromEntries(glanceFigures(data).map((f) => [f.key, f]));
    expect(figures['cme-open']).toMatchObject({ value: '5', to: '/register?kind=CME&open=yes' });
    expect(figures['cme-overdue']).toMatchObject({ value: '1', to: '/register?kind=CME&open=yes&overdue=yes' });
    expect(figures['register-overdue']?.value).toBe('3');
    expect(figures['concerns-overdue']).toMatchObject({ value: '1', to: '/front-door?overdue=yes' });
    expect(figures['governance-overdue']?.value).toBe('4');
  });

  it('says “or more” when a list runs past its first page, never a wrong number', () => {
    const figures = Object.fromEntries(glanceFigures(data).map((f) => [f.key, f.value]));
    expect(figures['pressure-waiting']).toBe('50 or more');
    expect(figures['pressure-overdue']).toBe('0');
  });
});
