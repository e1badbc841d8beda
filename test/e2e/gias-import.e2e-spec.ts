import { join } from 'node:path';
import { GiasImportService } from '@safeguard/organisations';
import { Actor } from '@safeguard/policy';
import { startTestApp, TestApp } from '../support/test-app';

const FIXTURE = join(__dirname, '../fixtures/edubasealldata-sample.csv');

describe('GIAS import', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ SEED_DEMO: 'false' });
  });
  afterAll(() => t.close());

  it('imports the Windows-1252 fixture, skipping with reasons, and a second run changes nothing', async () => {
    const importer = t.app.get(GiasImportService);
    const first = await importer.importFile(FIXTURE, Actor.system('test-1'));
    expect(first).toMatchObject({
      rowsRead: 13,
      imported: 9,
      updated: 0,
      unchanged: 0,
      skipped: { closed: 1, 'not a school': 1, 'bad row': 2, 'outside the chosen local authorities': 0 },
    });
    const countAfterFirst = await t.db.query('SELECT count(*)::int AS n FROM schools');

    const second = await importer.importFile(FIXTURE, Actor.system('test-2'));
    expect(second).toMatchObject({ rowsRead: 13, imported: 0, updated: 0, unchanged: 9, skipped: first.skipped });
    expect(await t.db.query('SELECT count(*)::int AS n FROM schools')).toEqual(countAfterFirst);

    const [stMarys] = await t.db.query<{ name: string; type_group: string }>('SELECT name, type_group FROM schools WHERE urn = 103600');
    expect(stMarys).toEqual({ name: 'St Mary’s Independent School', type_group: 'INDEPENDENT' });
    const las = await t.db.query<{ code: string; name: string }>('SELECT code, name FROM local_authorities ORDER BY code');
    expect(las).toEqual([
      { code: '330', name: 'Birmingham' },
      { code: '380', name: 'Bradford' },
      { code: '821', name: 'Luton' },
    ]);
    const audited = await t.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'organisations.gias_import'`);
    expect(audited).toEqual([{ n: 2 }]);
  });

  it('keeps to the chosen local authorities', async () => {
    const report = await t.app.get(GiasImportService).importFile(FIXTURE, Actor.system('test-3'), { laCodes: ['380'] });
    // 13 rows: 2 in Bradford, 2 bad, and 9 elsewhere (7 in Birmingham, 1 in Luton and the closed one).
    expect(report.skipped['outside the chosen local authorities']).toBe(9);
    expect(report.unchanged).toBe(2);
  });
});
