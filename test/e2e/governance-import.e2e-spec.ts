import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fieldKeyring } from '@safeguard/encryption';
import { REFERENCE_CONTEXT } from '../../libs/governance/src/people/suitability-check.entity';
import { startTestApp, TestApp } from '../support/test-app';

const IMPORT = `mutation($input: ImportGovernanceRecordInput!) {
  importGovernanceRecord(input: $input) {
    rowsRead appointmentsCreated checksRecorded skipped rowsRefused refused { row field reason } ignoredColumns
  }
}`;

interface Report {
  rowsRead: number;
  appointmentsCreated: number;
  checksRecorded: number;
  skipped: number;
  rowsRefused: number;
  refused: Array<{ row: number; field: string | null; reason: string }>;
  ignoredColumns: string[];
}

/** Saltley Park Academy's single central record (URN 990002, Birmingham), with a few bad rows. */
const FIXTURE = readFileSync(join(__dirname, '..', 'fixtures', 'governance-scr-sample.csv'), 'utf8');
const HEADER = FIXTURE.replace(/^\uFEFF/, '').split('\r\n')[0];

describe('importing a school’s single central record', () => {
  let t: TestApp;
  let saltleyPark: string;
  let alderRoad: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    const schools = await t.db.query<{ id: string; urn: number }>('SELECT id, urn FROM schools WHERE urn IN (990001, 990002)');
    saltleyPark = schools.find((s) => s.urn === 990002)!.id;
    alderRoad = schools.find((s) => s.urn === 990001)!.id;
    for (const who of ['head1', 'head2', 'officer', 'officer.bradford']) tokens[who] = await t.login(`${who}@demo.test`);
  });
  afterAll(() => t.close());

  const importCsv = (token: string, input: { schoolId?: string; csv: string }) =>
    t.gql<{ importGovernanceRecord: Report }>(IMPORT, { input }, token);

  /** Appointments someone recorded (the demo's were recorded by the system). */
  const recordedAt = async (schoolId: string) =>
    Number(
      (await t.db.query<{ n: string }>('SELECT count(*) AS n FROM governance_appointments WHERE school_id = $1 AND recorded_by_id IS NOT NULL', [schoolId]))[0].n,
    );

  it('refuses an import into a school the caller cannot record for: another school’s head, another authority, the council for an academy', async () => {
    // As recordAppointment: a school the caller cannot read is not found; one they read but do not keep is forbidden.
    const refusals = { head1: 'NOT_FOUND', 'officer.bradford': 'NOT_FOUND', officer: 'FORBIDDEN' };
    for (const [who, code] of Object.entries(refusals)) {
      const result = await importCsv(tokens[who], { schoolId: saltleyPark, csv: FIXTURE });
      expect(result.errors?.[0].extensions?.code).toBe(code);
    }
    expect(await recordedAt(saltleyPark)).toBe(0);
  });

  it('refuses each row naming a school the caller cannot record for, and says why', async () => {
    const bradford = (await importCsv(tokens['officer.bradford'], { csv: FIXTURE })).data!.importGovernanceRecord;
    expect(bradford).toMatchObject({ rowsRead: 11, appointmentsCreated: 0, checksRecorded: 0, skipped: 0, rowsRefused: 11 });
    expect(bradford.refused.filter((r) => r.reason === 'No such school you can record for').map((r) => r.row)).toEqual([1, 2, 3, 4, 6, 9, 11, 12]);

    // Birmingham's council reads the academy's record but the academy keeps it.
    const council = (await importCsv(tokens.officer, { csv: FIXTURE })).data!.importGovernanceRecord;
    expect(council).toMatchObject({ appointmentsCreated: 0, rowsRefused: 11 });
    expect(council.refused.find((r) => r.row === 1)).toEqual({
      row: 1, field: 'school_urn', reason: 'The council records governance for maintained schools; academies, free and independent schools keep their own',
    });
    expect(await recordedAt(saltleyPark)).toBe(0);
  });

  it('imports the school’s own record, refusing bad rows with their row number and reason and skipping a repeat', async () => {
    const result = await importCsv(tokens.head2, { schoolId: saltleyPark, csv: FIXTURE });
    expect(result.errors).toBeUndefined();
    const report = result.data!.importGovernanceRecord;
    expect(report).toMatchObject({ rowsRead: 11, appointmentsCreated: 5, checksRecorded: 20, skipped: 1, rowsRefused: 5, ignoredColumns: ['Notes'] });
    expect(report.refused).toEqual([
      { row: 5, field: 'role', reason: expect.stringMatching(/^role "Clerk to the governors" is not one of/) },
      { row: 6, field: 'role', reason: expect.stringMatching(/has no governor \(this school has: academy member, trustee, local governor\)$/) },
      { row: 7, field: 'appointed_on', reason: 'appointed_on "31/09/2024" is not a date (YYYY-MM-DD or DD/MM/YYYY)' },
      { row: 8, field: 'dbs_certificate_number', reason: expect.stringMatching(/^dbs_certificate_number must be the 12-digit certificate number/) },
      { row: 12, field: 'dbs_on', reason: 'dbs_on cannot be in the future' },
    ]);

    const people = await t.db.query<{ full_name: string; role: string; checks: string; date_of_birth: string | null }>(
      `SELECT p.full_name, a.role, p.date_of_birth::text, (SELECT count(*) FROM governance_checks c WHERE c.appointment_id = a.id) AS checks
         FROM governance_appointments a JOIN governance_people p ON p.id = a.person_id
        WHERE a.school_id = $1 AND a.recorded_by_id IS NOT NULL ORDER BY p.full_name`,
      [saltleyPark],
    );
    expect(people.map((p) => [p.full_name, p.role, Number(p.checks)])).toEqual([
      ['Daniel Webb', 'LOCAL_GOVERNOR', 1],
      ['Farah Ali', 'TRUSTEE', 3],
      ['Okafor, Grace', 'LOCAL_GOVERNOR', 5],
      ['Priya Shah', 'TRUSTEE', 6],
      ['Tom Hughes', 'ACADEMY_MEMBER', 5],
    ]);
    // A refused row records nothing, not even its person.
    expect(await t.db.query("SELECT id FROM governance_people WHERE full_name = 'Lucy Grant'")).toEqual([]);
  });

  it('keeps DBS certificate numbers encrypted, and the audit trail holds counts only', async () => {
    const everyReference = await t.db.query<{ reference_encrypted: string }>(
      'SELECT reference_encrypted FROM governance_checks WHERE reference_encrypted IS NOT NULL',
    );
    for (const { reference_encrypted } of everyReference) expect(reference_encrypted).not.toMatch(/\d{12}/);
    const stored = await t.db.query<{ reference_encrypted: string }>(
      `SELECT c.reference_encrypted FROM governance_checks c JOIN governance_appointments a ON a.id = c.appointment_id
        WHERE a.school_id = $1 AND c.recorded_by_id IS NOT NULL AND c.reference_encrypted IS NOT NULL`,
      [saltleyPark],
    );
    expect(stored.map((s) => fieldKeyring().decrypt(s.reference_encrypted, REFERENCE_CONTEXT)).sort()).toEqual([
      '000987654321', '001234567890', '112233445566',
    ]);

    const audits = await t.db.query<{ details: Record<string, unknown>; entity_id: string | null }>(
      "SELECT details, entity_id FROM audit_events WHERE action = 'governance.import' ORDER BY id",
    );
    expect(audits.at(-1)).toMatchObject({
      entity_id: saltleyPark,
      details: { schoolId: saltleyPark, rowsRead: 11, appointmentsCreated: 5, checksRecorded: 20, skipped: 1, rowsRefused: 5 },
    });
    expect(JSON.stringify(audits)).not.toMatch(/Priya|Shah|1975-04-12|001234567890/);
  });

  it('importing the same file again creates nothing: every good row is skipped', async () => {
    const before = await t.db.query('SELECT count(*) FROM governance_checks');
    const report = (await importCsv(tokens.head2, { schoolId: saltleyPark, csv: FIXTURE })).data!.importGovernanceRecord;
    expect(report).toMatchObject({ rowsRead: 11, appointmentsCreated: 0, checksRecorded: 0, skipped: 6, rowsRefused: 5 });
    expect(await recordedAt(saltleyPark)).toBe(5);
    expect(await t.db.query('SELECT count(*) FROM governance_checks')).toEqual(before);
  });

  it('adds the checks a later copy of the record gives for someone already on record', async () => {
    const later = `${HEADER}\r\n990002,Daniel Webb,,Local governor,,,,,,2025-03-01,,,2025-03-20,,,2025-03-20,2025-02-20,2025-02-20,,,,,,\r\n`;
    const report = (await importCsv(tokens.head2, { csv: later })).data!.importGovernanceRecord;
    expect(report).toMatchObject({ rowsRead: 1, appointmentsCreated: 0, checksRecorded: 3, skipped: 1, refused: [] });
    expect(await recordedAt(saltleyPark)).toBe(5);
  });

  it('recognises a DBS check already on record by its certificate number (a keyed hash), even under another date', async () => {
    const priya = FIXTURE.replace(/^\uFEFF/, '').split('\r\n').find((line) => line.includes('Priya Shah'))!;
    expect(priya).toContain('2023-09-05,001234567890');
    const count = async () => Number((await t.db.query<{ n: string }>('SELECT count(*) AS n FROM governance_checks'))[0].n);
    const before = await count();
    const redated = `${HEADER}\r\n${priya.replace('2023-09-05,001234567890', '2023-09-06,001234567890')}\r\n`;
    const same = (await importCsv(tokens.head2, { schoolId: saltleyPark, csv: redated })).data!.importGovernanceRecord;
    expect(same).toMatchObject({ appointmentsCreated: 0, checksRecorded: 0, skipped: 1, refused: [] });
    expect(await count()).toBe(before);
    const [{ hashed }] = await t.db.query<{ hashed: number }>(
      "SELECT count(*)::int AS hashed FROM governance_checks WHERE reference_hash ~ '^[0-9a-f]{64}$' AND recorded_by_id IS NOT NULL",
    );
    expect(hashed).toBe(3);
    // Another certificate on that date is another check.
    const renewed = `${HEADER}\r\n${priya.replace('2023-09-05,001234567890', '2023-09-06,001234567891')}\r\n`;
    const other = (await importCsv(tokens.head2, { schoolId: saltleyPark, csv: renewed })).data!.importGovernanceRecord;
    expect(other).toMatchObject({ checksRecorded: 1, refused: [] });
    expect(await count()).toBe(before + 1);
  });

  it('refuses a row for another school when importing for one, and a file that is not CSV or lacks its columns', async () => {
    const other = `${HEADER}\r\n990001,Zed Other,1980-01-01,Trustee,,A Trust,,,,2025-01-01,,,,,,,,,,,,,,\r\n`;
    const report = (await importCsv(tokens.head2, { schoolId: saltleyPark, csv: other })).data!.importGovernanceRecord;
    expect(report.refused).toEqual([{ row: 1, field: 'school_urn', reason: 'This file is being imported for URN 990002; the row is for 990001' }]);

    const broken = await importCsv(tokens.head2, { schoolId: saltleyPark, csv: 'full_name,role,appointed_on\r\n"Unclosed,Trustee,2025-01-01\r\n' });
    expect(broken.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv' });
    const headless = await importCsv(tokens.head2, { csv: 'name,role\r\nA B,Trustee\r\n' });
    expect(headless.errors?.[0].message).toMatch(/missing: appointed_on, school_urn/);
  });

  it('lets a council officer import for a maintained school, which the council records for', async () => {
    const csv = 'school_urn,full_name,date_of_birth,role,governor_category,appointed_on,section_128_on\r\n990001,Rita Patel,1972-02-02,Governor,Co-opted,2025-01-10,2025-01-12\r\n';
    const report = (await importCsv(tokens.officer, { schoolId: alderRoad, csv })).data!.importGovernanceRecord;
    expect(report).toMatchObject({ rowsRead: 1, appointmentsCreated: 1, checksRecorded: 1, refused: [] });
  });
});
