import { describe, expect, it } from 'vitest';
import { parseApiQuery, portalPathFor } from './record-links';

const LA = '6b1f1c53-8d54-4a4b-9d52-0c6f2b3b9a01';

describe('the records behind a figure', () => {
  it('reads the api query a figure names, enums kept as their names', () => {
    expect(parseApiQuery(`registerEntries(filter: {localAuthorityId: "${LA}", kind: CME, open: true})`)).toEqual({
      name: 'registerEntries',
      args: { filter: { localAuthorityId: LA, kind: 'CME', open: true } },
    });
    expect(parseApiQuery(`safeguardingReturns(localAuthorityId: "${LA}", termStartsOn: "2026-09-01")`)?.args.termStartsOn).toBe('2026-09-01');
    expect(parseApiQuery('not a query')).toBeUndefined();
    expect(parseApiQuery('registerEntries(filter: {kind: CME')).toBeUndefined();
  });

  it('sends each figure to the list page filtered the same way', () => {
    expect(portalPathFor(`registerEntries(filter: {localAuthorityId: "${LA}", kind: CME, open: true, overdue: true})`)).toBe(
      '/register?kind=CME&open=yes&overdue=yes',
    );
    expect(portalPathFor(`registerEntries(filter: {localAuthorityId: "${LA}", kind: CME, status: AWAITING_SIGN_OFF})`)).toBe(
      '/register?kind=CME&status=AWAITING_SIGN_OFF',
    );
    expect(portalPathFor(`concerns(filter: {localAuthorityId: "${LA}", status: AWAITING_SIGN_OFF})`)).toBe('/concerns?status=AWAITING_SIGN_OFF');
    expect(portalPathFor(`concerns(filter: {localAuthorityId: "${LA}"})`)).toBe('/concerns');
    expect(portalPathFor(`pressureReports(filter: {localAuthorityId: "${LA}", acknowledgementOverdue: true})`)).toBe(
      '/pressure?acknowledgementOverdue=yes',
    );
    expect(portalPathFor(`governanceCompletion(localAuthorityId: "${LA}")`)).toBe('/governance/completion');
  });

  it('gives no link where no page lists the records, or a page would list others than the figure counts', () => {
    expect(portalPathFor(`safeguardingReturns(localAuthorityId: "${LA}", termStartsOn: "2026-09-01")`)).toBeUndefined();
    expect(portalPathFor(`registerEntries(filter: {localAuthorityId: "${LA}", schoolTypeGroup: ACADEMY})`)).toBeUndefined();
    expect(portalPathFor(null)).toBeUndefined();
  });
});
