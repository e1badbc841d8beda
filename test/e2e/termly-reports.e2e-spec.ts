import { addDays, defaultTermOf, londonToday, previousDefaultTerm } from '@safeguard/calendar';
import { DataSource } from 'typeorm';
import { contentHashOf, TermlyReport, TermlyReportsWorker } from '@safeguard/inspection';
import { pdfText } from '../support/pdf-text';
import { startTestApp, TestApp } from '../support/test-app';

const REPORT_FIELDS = `id status version termLabel termStartsOn contentHash correctsReportId laResponse recommendations
  narratives { sectionKey narrative judgement } terms { label }
  sections { key number title available measures { key label unit values } }`;
const BUILD = `mutation($input: BuildTermlyReportInput!) { buildTermlyReport(input: $input) { ${REPORT_FIELDS} } }`;
const READ = `query($id: ID!) { termlyReport(id: $id) { ${REPORT_FIELDS} } }`;

interface Report {
  id: string;
  status: string;
  version: number;
  termLabel: string;
  termStartsOn: string;
  contentHash: string | null;
  correctsReportId: string | null;
  laResponse: string | null;
  narratives: Array<{ sectionKey: string; narrative: string; judgement: string }>;
  terms: Array<{ label: string }>;
  sections: Array<{ key: string; number: number; title: string; available: boolean; measures: Array<{ key: string; label: string; unit: string; values: Array<number | null> }> }>;
}

describe('HMI assignment and termly reports', () => {
  let t: TestApp;
  let tokens: Record<'admin' | 'hmi' | 'manager' | 'officer' | 'head1' | 'hmci' | 'bradford', string>;
  let birmingham: string;
  let bradford: string;

  beforeAll(async () => {
    t = await startTestApp();
    tokens = {
      admin: await t.login('admin@demo.test'),
      hmi: await t.login('hmi@demo.test'),
      manager: await t.login('manager@demo.test'),
      officer: await t.login('officer@demo.test'),
      head1: await t.login('head1@demo.test'),
      hmci: await t.login('hmci@demo.test'),
      bradford: await t.login('officer.bradford@demo.test'),
    };
    [{ id: birmingham }] = await t.db.query<{ id: string }>("SELECT id FROM local_authorities WHERE code = '330'");
    [{ id: bradford }] = await t.db.query<{ id: string }>("SELECT id FROM local_authorities WHERE code = '380'");
  });
  afterAll(() => t.close());

  const ok = async <T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
    const result = await t.gql<T>(query, variables, token);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };

  it('grants an assigned HMI access to the authority, and withdraws it when the assignment ends', async () => {
    const [{ id: child }] = await t.db.query<{ id: string }>("SELECT id FROM children WHERE legal_first_name = 'Imran' AND legal_last_name = 'Shah'");
    const [{ id: hmiUser }] = await t.db.query<{ id: string }>("SELECT id FROM users WHERE email = 'hmi@demo.test'");
    const readChild = () => t.gql('query($id: ID!) { child(id: $id) { id } }', { id: child }, tokens.hmi);
    expect((await readChild()).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const { assignHmi } = await ok<{ assignHmi: { id: string } }>(
      'mutation($input: AssignHmiInput!) { assignHmi(input: $input) { id } }',
      { input: { userId: hmiUser, localAuthorityId: bradford, startsOn: londonToday(), endsOn: addDays(londonToday(), 90), reason: 'POOR_SAFEGUARDING_PRACTICE' } },
      tokens.admin,
    );
    expect((await readChild()).errors).toBeUndefined();
    // HMI reads but changes nothing.
    expect((await t.gql('mutation($input: ChildInput!) { addChild(input: $input) { child { id } } }', { input: { legalFirstName: 'No', legalLastName: 'Change', dateOfBirth: '2015-01-01', sex: 'MALE', localAuthorityId: bradford } }, tokens.hmi)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await ok('mutation($input: EndHmiAssignmentInput!) { endHmiAssignment(input: $input) { endsOn } }', { input: { assignmentId: assignHmi.id } }, tokens.admin);
    expect((await readChild()).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const refused = await t.gql('mutation($input: AssignHmiInput!) { assignHmi(input: $input) { id } }', {
      input: { userId: hmiUser, localAuthorityId: bradford, startsOn: londonToday(), endsOn: addDays(londonToday(), 9), reason: 'OTHER' },
    }, tokens.admin);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reasonNote' });
    expect((await t.gql('{ hmiAssignments { id } }', {}, tokens.head1)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('builds the Birmingham report from the demo data, every section filled, and matching the tables', async () => {
    const { buildTermlyReport: report } = await ok<{ buildTermlyReport: Report }>(BUILD, { input: {} }, tokens.hmi);
    expect(report).toMatchObject({ status: 'DRAFT', version: 1 });
    expect(report.terms).toHaveLength(4);
    expect(report.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const section of report.sections) {
      expect(section.available).toBe(true);
      expect(section.measures.length).toBeGreaterThan(0);
      for (const m of section.measures) expect(m.values).toHaveLength(4);
    }
    // Independently: concerns received this term in Birmingham.
    const [{ n: received }] = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM concerns WHERE local_authority_id = $1 AND status::text <> 'DRAFT'
         AND (submitted_at AT TIME ZONE 'Europe/London')::date BETWEEN $2 AND (SELECT term_ends_on FROM termly_reports WHERE id = $3)`,
      [birmingham, report.termStartsOn, report.id],
    );
    const concerns = report.sections.find((s) => s.key === 'concerns')!;
    expect(concerns.measures.find((m) => /received/i.test(m.label))!.values[3]).toBe(received);
  });

  it('lets the LA manager respond, freezes the report at submission, and a later change of data leaves it as it was', async () => {
    const { buildTermlyReport: draft } = await ok<{ buildTermlyReport: Report }>(BUILD, { input: {} }, tokens.hmi);
    await ok('mutation($input: WriteTermlyReportInput!) { writeTermlyReport(input: $input) { id } }', {
      input: { reportId: draft.id, recommendations: 'Close the backlog at the front door.', sections: [{ sectionKey: 'concerns', narrative: 'Decisions are timelier.', judgement: 'SOME_PROGRESS' }] },
    }, tokens.hmi);
    expect((await t.gql('mutation($input: WriteTermlyReportInput!) { writeTermlyReport(input: $input) { id } }', { input: { reportId: draft.id, recommendations: 'x' } }, tokens.manager)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await ok('mutation($input: RespondToTermlyReportInput!) { respondToTermlyReport(input: $input) { id } }', { input: { reportId: draft.id, response: 'We accept the findings.' } }, tokens.manager);
    // HMCI's office does not see drafts.
    expect((await t.gql(READ, { id: draft.id }, tokens.hmci)).errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const { submitTermlyReport: submitted } = await ok<{ submitTermlyReport: Report }>(`mutation($id: ID!) { submitTermlyReport(id: $id) { ${REPORT_FIELDS} } }`, { id: draft.id }, tokens.hmi);
    expect(submitted).toMatchObject({ status: 'SUBMITTED', laResponse: 'We accept the findings.' });
    expect(submitted.contentHash).toMatch(/^[0-9a-f]{64}$/);
    // Anyone can recompute the hash from the stored row.
    const stored = await t.app.get(DataSource).manager.findOneByOrFail(TermlyReport, { id: draft.id });
    expect(contentHashOf(stored)).toBe(submitted.contentHash);

    // New data after submission: a concern is filed; the submitted report does not move, and cannot be rebuilt or edited.
    const dsl = await t.login('dsl1@demo.test');
    const saved = await ok<{ saveConcernDraft: { id: string } }>('mutation($input: SaveConcernDraftInput!) { saveConcernDraft(input: $input) { id } }', {
      input: { child: { legalFirstName: 'After', legalLastName: 'Submission', dateOfBirth: '2015-02-02', sex: 'FEMALE' }, categories: ['NEGLECT'],
        account: 'Came to school hungry again this morning.', occurredOn: londonToday(), actionTaken: 'Breakfast given.', childOrFamilyTold: true },
    }, dsl);
    await ok('mutation($id: ID!) { submitConcern(input: { concernId: $id }) { id } }', { id: saved.saveConcernDraft.id }, dsl);
    expect((await t.gql(BUILD, { input: {} }, tokens.hmi)).errors?.[0].extensions?.code).toBe('CONFLICT');
    const after = (await ok<{ termlyReport: Report }>(READ, { id: draft.id }, tokens.hmci)).termlyReport;
    expect(after.sections).toEqual(submitted.sections);
    await expect(t.db.query("UPDATE termly_reports SET recommendations = 'tampered' WHERE id = $1", [draft.id])).rejects.toThrow(/submitted/i);

    // A correction is a new version naming the old; its figures include the new concern.
    const { correctTermlyReport: v2 } = await ok<{ correctTermlyReport: Report }>(`mutation($id: ID!) { correctTermlyReport(id: $id) { ${REPORT_FIELDS} } }`, { id: draft.id }, tokens.hmi);
    expect(v2).toMatchObject({ version: 2, status: 'DRAFT', correctsReportId: draft.id });
    const received = (r: Report) => r.sections.find((s) => s.key === 'concerns')!.measures.find((m) => /received/i.test(m.label))!.values[3]!;
    expect(received(v2)).toBe(received(submitted) + 1);
  });

  it('renders a valid PDF with every heading and figure, and a CSV with every measure', async () => {
    const { termlyReports } = await ok<{ termlyReports: Report[] }>(`{ termlyReports { ${REPORT_FIELDS} } }`, {}, tokens.manager);
    const report = termlyReports[0];
    const pdf = await fetch(`${t.url}/termly-reports/${report.id}/report.pdf`, { headers: { authorization: `Bearer ${tokens.manager}` } });
    expect(pdf.status).toBe(200);
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(bytes);
    for (const section of report.sections) expect(text).toContain(section.title);
    const headline = report.sections.find((s) => s.key === 'concerns')!.measures[0];
    expect(text).toContain(headline.label);
    const csv = await (await fetch(`${t.url}/termly-reports/${report.id}/measures.csv`, { headers: { authorization: `Bearer ${tokens.hmi}` } })).text();
    for (const section of report.sections) for (const m of section.measures) expect(csv).toContain(m.key);
    expect((await fetch(`${t.url}/termly-reports/${report.id}/report.pdf`, { headers: { authorization: `Bearer ${tokens.head1}` } })).status).toBe(403);
    expect((await fetch(`${t.url}/termly-reports/${report.id}/report.pdf`, { headers: { authorization: `Bearer ${tokens.bradford}` } })).status).toBe(403);
    // The child-level list is the HMI's, and audited.
    expect((await fetch(`${t.url}/termly-reports/${report.id}/children.csv`, { headers: { authorization: `Bearer ${tokens.manager}` } })).status).toBe(403);
    const children = await fetch(`${t.url}/termly-reports/${report.id}/children.csv`, { headers: { authorization: `Bearer ${tokens.hmi}` } });
    expect(children.status).toBe(200);
    expect(await children.text()).toContain('Amira');
    const [{ n }] = await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_events WHERE action = 'inspection.export_child_list'");
    expect(n).toBe(1);
  });

  it('drafts the report on the term just ended when a term starts, once', async () => {
    const worker = await t.startWorker();
    const drafter = worker.get(TermlyReportsWorker);
    await drafter.draftEndedTerm();
    const ended = previousDefaultTerm(defaultTermOf(londonToday()));
    const count = async () =>
      (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM termly_reports WHERE local_authority_id = $1 AND term_starts_on = $2', [birmingham, ended.startsOn]))[0].n;
    expect(await count()).toBe(1);
    expect(await drafter.draftEndedTerm()).toBe(0);
    expect(await count()).toBe(1);
  });
});
