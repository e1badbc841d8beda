import { describe, expect, it } from 'vitest';
import { dateParts, draftInput, EMPTY_FORM, isoDate, refusalToError } from './concern-form';

describe('the report-a-concern form', () => {
  it('turns the three date boxes into an ISO date, and nothing typed into null', () => {
    expect(isoDate({ day: '3', month: '11', year: '2026' })).toBe('2026-11-03');
    expect(isoDate({ day: '', month: '', year: '' })).toBeNull();
    expect(dateParts('2026-11-03')).toEqual({ day: '3', month: '11', year: '2026' });
  });

  it('sends a child typed in, or the one chosen, never both', () => {
    const typed = draftInput({ ...EMPTY_FORM, childChoice: 'new', childId: 'x', firstName: ' Sam ', lastName: 'Lee', sex: 'MALE' });
    expect(typed.child).toMatchObject({ legalFirstName: 'Sam', legalLastName: 'Lee', sex: 'MALE' });
    expect(typed.childId).toBeUndefined();
    const chosen = draftInput({ ...EMPTY_FORM, childChoice: 'existing', childId: 'c1', firstName: 'Sam' });
    expect(chosen).toMatchObject({ childId: 'c1' });
    expect(chosen.child).toBeUndefined();
  });

  it('sends the reason for not telling the family only when they were not told, and Prevent details only for Prevent', () => {
    const told = draftInput({ ...EMPTY_FORM, told: 'yes', notToldReason: 'left over', categories: ['NEGLECT'], preventHow: 'x' });
    expect(told).toMatchObject({ childOrFamilyTold: true, notToldReason: null });
    expect(told.prevent).toBeUndefined();
    const prevent = draftInput({ ...EMPTY_FORM, categories: ['RADICALISATION'], preventHow: 'In class' });
    expect(prevent.prevent).toEqual({ howConcernArose: 'In class', indicators: null });
  });

  it('links the api’s refusal to the field it names', () => {
    expect(refusalToError('Say when it happened', 'occurredOn')).toEqual({ field: 'occurred-on-day', message: 'Say when it happened' });
    expect(refusalToError('x', 'prevent.indicators').field).toBe('prevent-indicators');
    expect(refusalToError('x', 'child.postcode').field).toBe('postcode');
    expect(refusalToError('x', undefined).field).toBe('child-choice');
  });
});
