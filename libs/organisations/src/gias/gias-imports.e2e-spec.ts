import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GiasImportRunsService, GiasImportService } from '@safeguard/organisations';
import { Actor } from '@safeguard/policy';
import { startTestApp, TestApp } from '../../../../test/support/test-app';

const FIXTURE = join(__dirname, '../../../../test/fixtures/edubasealldata-sample.csv');
const MAX_BYTES = 64 * 1024;

interface Run {
  id: string;
  status: string;
  fileName: string;
  startedById: string | null;
  startedByName: string;
  finishedAt: string | null;
  rowsRead: number;
  created: number;
  updated: number;
  unchanged: number;
  closed: number;
  skipped: number;
  refused: number;
  refusedRows: Array<{ row: number; reason: string }>;
}

const RUN_FIELDS = 'id status fileName startedById startedByName finishedAt rowsRead created updated unchanged closed skipped refused refusedRows { row reason }';

/** GIAS imports as a capability: ADMIN uploads the CSV, the worker imports it from the job queue, the run is recorded. */
describe('GIAS import runs', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp({ GIAS_IMPORT_MAX_BYTES: String(MAX_BYTES) });
    admin = await t.login('admin@demo.test');
  });
  afterAll(() => t.close());

  const upload = (body: Buffer | string, fileName: string, token?: string) =>
    fetch(`${t.url}/gias-imports?fileName=${encodeURIComponent(fileName)}`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });

  const run = async (id: string) => {
    const answer = await t.gql<{ giasImport: Run }>(`query($id: ID!) { giasImport(id: $id) { ${RUN_FIELDS} } }`, { id }, admin);
    expect(answer.errors).toBeUndefined();
    return answer.data!.giasImport;
  };

  it('imports an uploaded file in the worker, recording its counts and refused rows, and audits the upload', async () => {
    const response = await upload(readFileSync(FIXTURE), 'edubasealldata-sample.csv', admin);
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as { id: string };
    expect(await run(id)).toMatchObject({ status: 'RUNNING', startedByName: 'Ada Admin', finishedAt: null });

    await t.startWorker();
    let finished = await run(id);
    for (let i = 0; i < 100 && finished.status === 'RUNNING'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      finished = await run(id);
    }
    expect(finished).toMatchObject({
      status: 'SUCCEEDED', fileName: 'edubasealldata-sample.csv', rowsRead: 13, created: 9, updated: 0, unchanged: 0, closed: 1, skipped: 1, refused: 2,
    });
    expect(finished.finishedAt).not.toBeNull();
    expect(finished.refusedRows).toEqual([
      { row: 12, reason: 'URN "abc" is not a number' },
      { row: 13, reason: 'URN 110000: missing name, LA or status' },
    ]);
    // The Windows-1252 file was decoded as such.
    const [stMarys] = await t.db.query<{ name: string }>('SELECT name FROM schools WHERE urn = 103600');
    expect(stMarys.name).toBe('St Mary’s Independent School');
    expect(await t.db.query('SELECT count(*)::int AS n FROM gias_import_chunks WHERE run_id = $1', [id])).toEqual([{ n: 0 }]);
    const audited = await t.db.query<{ action: string }>(
      `SELECT action FROM audit_events WHERE action IN ('organisations.gias_upload', 'organisations.gias_import') ORDER BY occurred_at`,
    );
    expect(audited.map((a) => a.action)).toEqual(['organisations.gias_upload', 'organisations.gias_import']);

    const list = await t.gql<{ giasImports: { edges: Array<{ node: { id: string } }> } }>('{ giasImports(first: 5) { edges { node { id } } } }', {}, admin);
    expect(list.data!.giasImports.edges.map((e) => e.node.id)).toContain(id);
  });

  it('records a command-line run the same way, with no administrator', async () => {
    const runs = t.app.get(GiasImportRunsService);
    const begun = await runs.begin({ fileName: 'edubasealldata-sample.csv', startedById: null, startedByName: 'Command line (npm run import:gias)', byteSize: 1925 });
    const report = await runs.record(begun.id, (onProgress) => t.app.get(GiasImportService).importFile(FIXTURE, Actor.system('test-cli'), { onProgress }));
    expect(report.unchanged).toBe(9);
    expect(await run(begun.id)).toMatchObject({ status: 'SUCCEEDED', startedById: null, unchanged: 9, created: 0, refused: 2 });
    const newest = await t.gql<{ giasImports: { edges: Array<{ node: { id: string } }> } }>('{ giasImports(first: 1) { edges { node { id } } } }', {}, admin);
    expect(newest.data!.giasImports.edges[0].node.id).toBe(begun.id);
  });

  it('refuses a file that is not a GIAS CSV, and one over the limit with 413, keeping no run', async () => {
    const before = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM gias_import_runs');
    const pdf = await upload(Buffer.from('%PDF-1.7\n\u0000\u0001binary'), 'edubase.csv', admin);
    expect(pdf.status).toBe(400);
    expect(await pdf.json()).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GIAS_FILE_REFUSED', field: 'file', message: expect.stringMatching(/binary/) });
    const other = await upload('Name,Postcode\nA,B\n', 'schools.csv', admin);
    expect(other.status).toBe(400);
    expect(((await other.json()) as { message: string }).message).toMatch(/not a GIAS establishment export/);
    const big = await upload(`${readFileSync(FIXTURE, 'latin1')}${'x'.repeat(MAX_BYTES)}`, 'big.csv', admin);
    expect(big.status).toBe(413);
    expect(await t.db.query('SELECT count(*)::int AS n FROM gias_import_runs')).toEqual(before);
  });

  it('refuses everyone but ADMIN: the upload is 403, the queries FORBIDDEN', async () => {
    const manager = await t.login('manager@demo.test');
    expect((await upload(readFileSync(FIXTURE), 'edubasealldata-sample.csv', manager)).status).toBe(403);
    expect((await upload(readFileSync(FIXTURE), 'edubasealldata-sample.csv')).status).toBe(401);
    const list = await t.gql('{ giasImports(first: 5) { edges { node { id } } } }', {}, manager);
    expect(list.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
