import { describe, expect, it } from 'vitest';
import { checkChild, childInput, EMPTY_CHILD, splitNames } from './add-child-form';
import { academicYearOf } from './calendar';
import { escalatedDeadlines, overdueBy } from './escalations';
import { csvRowCount, exportFileName, exportStatus } from './export-file';
import { checkReport, EMPTY_REPORT, reportInput, type ReportForm } from './report-form';
import { changedRules, ruleError, RULES, ruleWords } from './settings-labels';
import { checkWhereabouts, emptyWhereabouts, whereaboutsInput } from './whereabouts-fields';

const date = (day: string, month: string, year: string) => ({ day, month, year });
const absence: ReportForm = {
  ...EMPTY_REPORT, reason: 'ABSENCE_TEN_SCHOOL_DAYS', childChoice: 'new', firstName: ' Sam ', lastName: 'Lee', dateOfBirth: date('3', '3', '2015'),
  sex: 'MALE', lastAttendedOn: date('2', '2', '2026'), believedAbroad: 'no', summary: 'Not seen since February; phones unobtainable.',
};

describe('a school’s report to the register', () => {
  it('asks what each reason needs, and nothing else', () => {
    expect(checkReport(absence, { askSchool: false })).toEqual([]);
    const fields = (form: ReportForm) => checkReport(form, { askSchool: false }).map((e) => e.field);
    expect(fields({ ...absence, lastAttendedOn: date('', '', '') })).toEqual(['lastAttendedOn']);
    expect(fields({ ...absence, reason: 'SUSPENSION', startsOn: date('1', '3', '2026'), endsOn: date('28', '2', '2026') })).toEqual(['endsOn']);
    expect(fields({ ...absence, reason: 'SCHOOL_DELETION_HOME_EDUCATION' })).toEqual(['noticeReceivedOn']);
    expect(fields({ ...EMPTY_REPORT })).toEqual(['reason', 'childChoice', 'summary']);
    expect(checkReport({ ...absence, schoolId: '' }, { askSchool: true })[0].field).toBe('schoolId');
    expect(fields({ ...absence, upn: 'B12' })).toEqual(['upn']);
  });

  it('sends the kind the reason opens, with only that kind’s details', () => {
    const input = reportInput(absence);
    expect(input).toMatchObject({ kind: 'CME', reason: 'ABSENCE_TEN_SCHOOL_DAYS', cme: { believedAbroad: false, lastAttendedOn: '2026-02-02' } });
    expect(input.child).toMatchObject({ legalFirstName: 'Sam', dateOfBirth: '2015-03-03' });
    expect(input.exclusion).toBeUndefined();
    const excluded = reportInput({ ...absence, reason: 'PERMANENT_EXCLUSION', childChoice: 'roll', childId: 'c1', startsOn: date('2', '3', '2026') }, 's1');
    expect(excluded).toMatchObject({ kind: 'EXCLUDED', childId: 'c1', schoolId: 's1', exclusion: { startsOn: '2026-03-02', endsOn: undefined } });
    expect(excluded.child).toBeUndefined();
    expect(excluded.cme).toBeUndefined();
  });
});

describe('adding a child', () => {
  it('checks the record and sends other names one by one', () => {
    expect(checkChild(EMPTY_CHILD).map((e) => e.field)).toEqual(['legalFirstName', 'legalLastName', 'dateOfBirth', 'sex']);
    expect(splitNames('Jon, Johnny\nJ.  ')).toEqual(['Jon', 'Johnny', 'J.']);
    const input = childInput({ ...EMPTY_CHILD, legalFirstName: 'Ava', legalLastName: 'Ng', dateOfBirth: date('1', '1', '2014'), sex: 'FEMALE', upn: 'a123', schoolUrn: '990001', plans: ['hasEhcPlan'] });
    expect(input).toMatchObject({ upn: 'A123', schoolUrn: 990001, hasEhcPlan: true, childProtectionPlan: false, postcode: undefined });
  });
});

describe('whereabouts', () => {
  it('asks for what each kind of whereabouts needs', () => {
    const form = { ...emptyWhereabouts(), kind: 'ABROAD', locatedOn: date('1', '3', '2026') };
    expect(checkWhereabouts(form).map((e) => e.field)).toEqual(['country', 'evidence']);
    const school = { ...form, kind: 'SCHOOL', schoolUrn: '990002' };
    expect(checkWhereabouts(school)).toEqual([]);
    expect(whereaboutsInput('e1', school)).toMatchObject({ entryId: 'e1', kind: 'SCHOOL', schoolUrn: 990002, country: undefined, locatedOn: '2026-03-01' });
  });
});

describe('escalations', () => {
  it('lists open deadlines past their escalation date, in words', () => {
    const deadlines = [
      { kind: 'A', dueOn: '2026-03-01', escalateOn: '2026-03-03' },
      { kind: 'B', dueOn: '2026-03-01', escalateOn: '2026-03-03', metOn: '2026-03-02' },
      { kind: 'C', dueOn: '2026-03-09', escalateOn: '2026-03-11' },
    ];
    expect(escalatedDeadlines(deadlines, '2026-03-10').map((d) => d.kind)).toEqual(['A']);
    expect(overdueBy('2026-03-01', '2026-03-10')).toBe('Overdue by 9 days');
    expect(overdueBy('2026-03-09', '2026-03-10')).toBe('Overdue by 1 day');
  });
});

describe('the register export', () => {
  it('counts entries, not lines, when a cell holds a line break', () => {
    expect(csvRowCount('a,b\r\n1,"two\r\nlines"\r\n3,x\r\n')).toBe(2);
    expect(csvRowCount('a,b\r\n')).toBe(0);
    expect(exportFileName('2026-03-10')).toBe('register-of-children-out-of-school-2026-03-10.csv');
    expect(exportStatus({ step: 'saved', rows: 1, fileName: 'x.csv' })).toBe('Export ready: 1 entry saved as x.csv');
  });
});

describe('settings', () => {
  it('checks each rule against its bounds and says the api’s rule names in words', () => {
    const locate = RULES.find((r) => r.key === 'cmeLocateSchoolDays')!;
    expect(ruleError(locate, '4')).toBe('Enter a whole number from 5 to 60');
    expect(ruleError(locate, '2.5')).toBe('Enter a whole number from 5 to 60');
    expect(ruleError(locate, '25')).toBeNull();
    const current = Object.fromEntries(RULES.map((r) => [r.key, r.min])) as Record<(typeof RULES)[number]['key'], number>;
    const typed = Object.fromEntries(RULES.map((r) => [r.key, String(r.min)])) as Record<(typeof RULES)[number]['key'], string>;
    expect(changedRules(current, { ...typed, eheNotSeenMonths: '6' })).toEqual(['eheNotSeenMonths']);
    expect(ruleWords('cmeLocateSchoolDays must be a whole number from 5 to 60')).toMatch(/^“From a report of a child missing education to locating the child” must/);
  });

  it('names the academic year by the year it starts in', () => {
    expect(academicYearOf('2026-09-01')).toBe(2026);
    expect(academicYearOf('2027-08-31')).toBe(2026);
  });
});
