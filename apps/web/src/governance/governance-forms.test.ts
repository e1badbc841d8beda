import { describe, expect, it } from 'vitest';
import { canChaseReturns, canRecordGovernance, canRecordPrevent, governancePath, ownSchoolId } from './governance-access';
import { appointmentErrors, type AppointmentDraft, changeErrors, rolesFor } from './appointment-form';
import { csvDataRows, refusalsByRow } from './import-report';
import { returnErrors, type ReturnDraft, wholeNumber } from './return-form';

describe('rolesFor', () => {
  it('offers only the roles each kind of school has', () => {
    expect(rolesFor('MAINTAINED')).toEqual(['GOVERNOR']);
    expect(rolesFor('SPECIAL')).toEqual(['GOVERNOR']);
    expect(rolesFor('FREE_SCHOOL')).toEqual(['ACADEMY_MEMBER', 'TRUSTEE', 'LOCAL_GOVERNOR']);
    expect(rolesFor('INDEPENDENT')).toEqual(['PROPRIETOR', 'PROPRIETOR_BODY_MEMBER']);
  });
});

describe('appointmentErrors', () => {
  const governor: AppointmentDraft = {
    fullName: 'Ann Lee', dateOfBirth: '1980-03-27', dateOfBirthTyped: true, livedOrWorkedAbroad: 'false', role: 'GOVERNOR',
    governorCategory: 'PARENT', trustName: '', isChair: 'false', inRegulatedActivity: 'false', appointedOn: '2026-09-01',
    termEndsOn: '2030-08-31', termEndsOnTyped: true,
  };

  it('accepts a complete maintained-school governor', () => {
    expect(appointmentErrors(governor, '2026-11-23')).toEqual([]);
  });

  it('asks a governor for a category and a trustee for the trust', () => {
    expect(appointmentErrors({ ...governor, governorCategory: '' }, '2026-11-23').map((e) => e.field)).toEqual(['governorCategory']);
    expect(appointmentErrors({ ...governor, role: 'TRUSTEE', governorCategory: '' }, '2026-11-23').map((e) => e.field)).toEqual(['trustName']);
  });

  it('refuses an appointment ahead of today and a term ending before it starts', () => {
    expect(appointmentErrors({ ...governor, appointedOn: '2026-12-01', termEndsOn: null, termEndsOnTyped: false }, '2026-11-23').map((e) => e.field)).toEqual(['appointedOn']);
    expect(appointmentErrors({ ...governor, termEndsOn: '2026-01-01' }, '2026-11-23').map((e) => e.field)).toEqual(['termEndsOn']);
  });

  it('lets the date of birth be left out, but not typed wrongly', () => {
    expect(appointmentErrors({ ...governor, dateOfBirth: null, dateOfBirthTyped: false }, '2026-11-23')).toEqual([]);
    expect(appointmentErrors({ ...governor, dateOfBirth: null }, '2026-11-23').map((e) => e.field)).toEqual(['dateOfBirth']);
  });
});

describe('changeErrors', () => {
  it('refuses an end before the appointment, and allows one still to come', () => {
    const change = { appointedOn: '2026-09-01', termEndsOn: null, termEndsOnTyped: false, endedOn: '2026-08-01', endedOnTyped: true };
    expect(changeErrors(change).map((e) => e.field)).toEqual(['endedOn']);
    expect(changeErrors({ ...change, endedOn: '2027-01-01' })).toEqual([]);
  });
});

describe('returnErrors', () => {
  const draft: ReturnDraft = {
    governanceChecksComplete: 'true', staffHeadcount: '38', staffPreventTrained: '30', deletionsFromRoll: '2',
    deletionsWithKnownDestination: '2', preventReferrals: '0',
  };

  it('accepts whole numbers within bounds', () => {
    expect(returnErrors(draft)).toEqual([]);
    expect(wholeNumber(' 12 ')).toBe(12);
    expect(wholeNumber('1.5')).toBeNull();
  });

  it('refuses more trained than staff, and more known destinations than deletions', () => {
    expect(returnErrors({ ...draft, staffPreventTrained: '39', deletionsWithKnownDestination: '3' }).map((e) => e.field))
      .toEqual(['staffPreventTrained', 'deletionsWithKnownDestination']);
  });

  it('asks for each figure left empty or not a number', () => {
    expect(returnErrors({ ...draft, governanceChecksComplete: '', staffHeadcount: '', preventReferrals: 'two' })).toEqual([
      { field: 'governanceChecksComplete', message: 'Select whether suitability checks are complete for everyone who governs the school' },
      { field: 'staffHeadcount', message: 'Enter the number of staff' },
      { field: 'preventReferrals', message: 'Enter how many Prevent referrals the school made as a whole number, like 12' },
    ]);
  });
});

describe('import report', () => {
  it('counts data rows, not the header or blank lines', () => {
    expect(csvDataRows('full_name,role\nAnn,GOVERNOR\n,,\n\nBen,GOVERNOR\n')).toBe(2);
    expect(csvDataRows('')).toBe(0);
  });

  it('groups refusals by row in order', () => {
    expect(refusalsByRow([
      { row: 3, field: 'dbs_on', reason: 'not a date' },
      { row: 1, field: null, reason: 'role does not fit' },
      { row: 3, field: 'role', reason: 'unknown' },
    ])).toEqual([{ row: 1, reasons: ['role does not fit'] }, { row: 3, reasons: ['dbs_on: not a date', 'role: unknown'] }]);
  });
});

describe('governance access', () => {
  const head = [{ role: 'HEADTEACHER', school: { id: 's1' } }];
  const officer = [{ role: 'LA_OFFICER', school: null }];
  const hmi = [{ role: 'HMI', school: null }];

  it('lets a school record its own governance, the council only maintained schools’, and HMI none', () => {
    expect(canRecordGovernance(head, 's1', 'ACADEMY')).toBe(true);
    expect(canRecordGovernance(head, 's2', 'MAINTAINED')).toBe(false);
    expect(canRecordGovernance(officer, 's2', 'MAINTAINED')).toBe(true);
    expect(canRecordGovernance(officer, 's2', 'ACADEMY')).toBe(false);
    expect(canRecordGovernance(hmi, 's2', 'MAINTAINED')).toBe(false);
  });

  it('lets only the school record its Prevent record, and the council chase', () => {
    expect(canRecordPrevent([{ role: 'DSL', school: { id: 's1' } }], 's1')).toBe(true);
    expect(canRecordPrevent(officer, 's1')).toBe(false);
    expect(canChaseReturns(officer)).toBe(true);
    expect(canChaseReturns(hmi)).toBe(false);
  });

  it('puts one’s own school’s record at /governance', () => {
    expect(governancePath(head, 's1')).toBe('/governance');
    expect(governancePath(officer, 's1')).toBe('/schools/s1/governance');
    expect(ownSchoolId([{ role: 'DSL', school: { id: 's3' } }])).toBe('s3');
  });
});
