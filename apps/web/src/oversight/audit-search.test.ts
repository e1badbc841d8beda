import { describe, expect, it } from 'vitest';
import { EMPTY_SEARCH, formFieldFor, toAuditFilter } from './audit-search';

describe('the audit search form', () => {
  it('sends only what was typed, trimmed', () => {
    expect(toAuditFilter({ ...EMPTY_SEARCH, action: ' concerns.decide ', outcome: 'SUCCESS' })).toEqual({
      filter: { action: 'concerns.decide', outcome: 'SUCCESS' }, errors: [],
    });
    expect(toAuditFilter(EMPTY_SEARCH)).toEqual({ filter: {}, errors: [] });
  });

  it('makes "to" inclusive by sending the start of the next day', () => {
    const { filter } = toAuditFilter({ ...EMPTY_SEARCH, from: { day: '1', month: '3', year: '2026' }, to: { day: '31', month: '3', year: '2026' } });
    expect(filter).toEqual({ from: '2026-03-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' });
  });

  it('refuses dates that are not real, a "to" before "from", and a malformed user id, naming the field', () => {
    const { errors } = toAuditFilter({
      ...EMPTY_SEARCH, actorUserId: 'bob', from: { day: '2', month: '3', year: '2026' }, to: { day: '1', month: '3', year: '2026' },
    });
    expect(errors.map((e) => e.field)).toEqual(['actor', 'to-day']);
    expect(toAuditFilter({ ...EMPTY_SEARCH, from: { day: '31', month: '2', year: '2026' } }).errors.map((e) => e.field)).toEqual(['from-day']);
  });

  it('links an api refusal to the form field it names', () => {
    expect(formFieldFor('filter.actorUserId')).toBe('actor');
    expect(formFieldFor('filter.to')).toBe('to-day');
  });
});
