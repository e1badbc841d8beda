import { CheckKind, CheckOutcome, GoverningRole, GovernorCategory } from '../governance.enums';
import { readScrCsv } from './scr-csv';
import { DEFAULT_CHECKED_BY, headerKey, parseScrRow, RawScrRow, ScrRow } from './scr-row';

const raw = (row: Record<string, string>): RawScrRow => Object.fromEntries(Object.entries(row).map(([k, v]) => [headerKey(k), v]));
const base = { full_name: 'Priya Shah', role: 'Trustee', trust_name: 'Saltley Trust', appointed_on: '2024-09-01' };

function parsed(row: Record<string, string>): ScrRow {
  const result = parseScrRow(raw(row));
  if ('refusals' in result) throw new Error(JSON.stringify(result.refusals));
  return result.row;
}

function refusals(row: Record<string, string>) {
  const result = parseScrRow(raw(row));
  return 'refusals' in result ? result.refusals : [];
}

describe('single central record rows', () => {
  it('reads friendly role and category names, yes/no flags and UK dates', () => {
    const row = parsed({ ...base, role: 'Local governor', date_of_birth: '7/3/1980', is_chair: 'Y', regulated_activity: 'no', lived_abroad: '1' });
    expect(row.appointment).toMatchObject({
      role: GoverningRole.LOCAL_GOVERNOR, isChair: true, inRegulatedActivity: false,
      person: { fullName: 'Priya Shah', dateOfBirth: '1980-03-07', livedOrWorkedAbroad: true },
    });
    expect(parsed({ ...base, role: 'Member' }).appointment.role).toBe(GoverningRole.ACADEMY_MEMBER);
    expect(parsed({ ...base, role: 'PROPRIETOR_BODY_MEMBER' }).appointment.role).toBe(GoverningRole.PROPRIETOR_BODY_MEMBER);
    expect(parsed({ ...base, role: 'governor', governor_category: 'Co-opted governor' }).appointment.governorCategory).toBe(GovernorCategory.CO_OPTED);
    expect(parsed({ ...base, role: 'governor', governor_category: 'LA' }).appointment.governorCategory).toBe(GovernorCategory.LOCAL_AUTHORITY);
  });

  it('turns each check date into a clear check, the certificate number and application date onto the DBS one', () => {
    const row = parsed({ ...base, dbs_applied_on: '2024-08-01', dbs_on: '20/08/2024', dbs_certificate_number: '0012 3456 7890', identity_on: '2024-08-01' });
    expect(row.checks).toEqual([
      { column: 'dbs_on', input: { kind: CheckKind.ENHANCED_DBS, doneOn: '2024-08-20', appliedOn: '2024-08-01', reference: '001234567890', checkedBy: DEFAULT_CHECKED_BY, outcome: CheckOutcome.CLEAR } },
      { column: 'identity_on', input: { kind: CheckKind.IDENTITY, doneOn: '2024-08-01', checkedBy: DEFAULT_CHECKED_BY, outcome: CheckOutcome.CLEAR } },
    ]);
  });

  it('refuses a row with every reason at once: unknown role, bad date, bad flag, short DBS number', () => {
    expect(refusals({ ...base, role: 'Clerk', appointed_on: '31/02/2024', is_chair: 'maybe', dbs_on: '2024-01-01', dbs_certificate_number: '12345678901' })).toEqual([
      { field: 'role', reason: expect.stringContaining('role "Clerk" is not one of') },
      { field: 'is_chair', reason: 'is_chair "maybe" is not yes or no' },
      { field: 'appointed_on', reason: 'appointed_on "31/02/2024" is not a date (YYYY-MM-DD or DD/MM/YYYY)' },
      { field: 'dbs_certificate_number', reason: expect.stringContaining('12-digit') },
    ]);
  });

  it('refuses a certificate number or application date without the DBS date, and never echoes the number', () => {
    const reasons = refusals({ ...base, dbs_certificate_number: '001234567890', dbs_applied_on: '2024-08-01' });
    expect(reasons.map((r) => r.field)).toEqual(['dbs_applied_on', 'dbs_certificate_number']);
    expect(JSON.stringify(reasons)).not.toContain('001234567890');
  });

  it('requires a name, a role and the appointment date', () => {
    expect(refusals({}).map((r) => r.field)).toEqual(['full_name', 'role', 'appointed_on']);
  });
});

describe('single central record CSV', () => {
  it('reads quoted commas and line breaks, CRLF and a byte order mark, and numbers rows as the spreadsheet does', async () => {
    const csv = '\uFEFFFull Name,ROLE,Appointed On,Notes\r\n"Shah, Priya",Trustee,2024-09-01,"two\r\nlines"\r\n,,,\r\nAmos Lee,Member,2024-09-01,\r\n';
    const sheet = await readScrCsv(csv, { needsSchoolUrn: false });
    expect(sheet.rows.map((r) => [r.row, r.raw.fullname])).toEqual([[1, 'Shah, Priya'], [3, 'Amos Lee']]);
    expect(sheet.ignoredColumns).toEqual(['Notes']);
  });

  it('refuses a file without the columns it needs, or that is not CSV', async () => {
    await expect(readScrCsv('full_name,role\r\nA B,Trustee\r\n', { needsSchoolUrn: true })).rejects.toMatchObject({
      field: 'csv', message: expect.stringContaining('missing: appointed_on, school_urn'),
    });
    await expect(readScrCsv('full_name,role,appointed_on\r\n"A B,Trustee\r\n', { needsSchoolUrn: false })).rejects.toMatchObject({
      field: 'csv', message: expect.stringContaining('not valid CSV'),
    });
  });

  it('refuses more than 5,000 rows', async () => {
    const csv = 'full_name,role,appointed_on\n' + 'A B,Trustee,2024-09-01\n'.repeat(5_001);
    await expect(readScrCsv(csv, { needsSchoolUrn: false })).rejects.toMatchObject({ message: expect.stringContaining('more than 5,000 rows') });
    await expect(readScrCsv('full_name,role,appointed_on\n' + 'A B,Trustee,2024-09-01\n'.repeat(5_000), { needsSchoolUrn: false })).resolves.toBeDefined();
  });
});
