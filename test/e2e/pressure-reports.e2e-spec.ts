import { io, Socket } from 'socket.io-client';
import { addDays, londonToday } from '@safeguard/calendar';
import { PressureEscalationService } from '@safeguard/pressure';
import { startTestApp, TestApp } from '../support/test-app';

const CAMPAIGN_FIELDS = 'id name description schoolsAffected reportsLinked reports { id schoolId } sharedReports { shareKey category curriculumArea month schoolTypeGroup summary }';
const REPORT_FIELDS = `id reference status category curriculumArea schoolId reporterId links policeReference shareAnonymously shareableSummary
  acknowledgementDueAt acknowledgementOverdue hoursUntilAcknowledgementDue acknowledgedAt outcomeSummary campaignId
  actions { kind takenOn note } additions { text links } attachments { id downloadPath } campaign { ${CAMPAIGN_FIELDS} }`;
const REPORT = `mutation($input: ReportPressureInput!) { reportPressure(input: $input) { ${REPORT_FIELDS} } }`;
const READ = `query($id: ID!) { pressureReport(id: $id) { ${REPORT_FIELDS} } }`;
const ACK = `mutation($input: AcknowledgePressureReportInput!) { acknowledgePressureReport(input: $input) { ${REPORT_FIELDS} } }`;
const ACT = `mutation($input: RecordPressureActionInput!) { recordPressureAction(input: $input) { ${REPORT_FIELDS} } }`;
const RESOLVE = `mutation($input: ResolvePressureReportInput!) { resolvePressureReport(input: $input) { ${REPORT_FIELDS} } }`;
const ADD = 'mutation($input: AddToPressureReportInput!) { addToPressureReport(input: $input) { id text links } }';
const CREATE_CAMPAIGN = `mutation($input: CreatePressureCampaignInput!) { createPressureCampaign(input: $input) { ${CAMPAIGN_FIELDS} } }`;
const CAMPAIGN = `query($id: ID!) { pressureCampaign(id: $id) { ${CAMPAIGN_FIELDS} } }`;
const SHARED = '{ sharedPressureReports(first: 100) { edges { cursor node { shareKey category curriculumArea month schoolTypeGroup summary } } } }';
const TRENDS = `query($filter: PressureTrendsFilter) { pressureTrends(filter: $filter) {
  localAuthorityId consentedOnly total byCategory { category count } byCurriculumArea { curriculumArea count } byMonth { month count }
  bySchoolTypeGroup { schoolTypeGroup count } byArea { localAuthorityId code name count } } }`;
const NOTIFICATIONS = '{ notifications(first: 100) { edges { node { id kind title link } } } }';
const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(64, 1)]);

interface Campaign {
  id: string;
  name: string;
  schoolsAffected: number;
  reportsLinked: number;
  reports: Array<{ id: string; schoolId: string }> | null;
  sharedReports: Array<{ shareKey: string; summary: string; schoolTypeGroup: string; month: string }>;
}

interface Report {
  id: string;
  reference: string;
  status: string;
  schoolId: string;
  reporterId: string;
  acknowledgementOverdue: boolean;
  hoursUntilAcknowledgementDue: number | null;
  outcomeSummary: string | null;
  campaignId: string | null;
  actions: Array<{ kind: string; takenOn: string; note: string }>;
  additions: Array<{ text: string; links: string[] }>;
  attachments: Array<{ id: string; downloadPath: string }>;
  campaign: Campaign | null;
}

type Who = 'head1' | 'head2' | 'head3' | 'dsl1' | 'dsl2' | 'clerk2' | 'officer' | 'manager' | 'bradford' | 'hmi' | 'admin';
const EMAILS: Record<Who, string> = {
  head1: 'head1@demo.test', head2: 'head2@demo.test', head3: 'head3@demo.test', dsl1: 'dsl1@demo.test', dsl2: 'dsl2@demo.test',
  clerk2: 'clerk2@demo.test', officer: 'officer@demo.test', manager: 'manager@demo.test', bradford: 'officer.bradford@demo.test',
  hmi: 'hmi@demo.test', admin: 'admin@demo.test',
};

const today = londonToday();
const unique = (prefix: string) => `${prefix} ${Math.random().toString(36).slice(2, 10)}`;
const newReport = (extra: Record<string, unknown> = {}) => ({
  category: 'SOCIAL_MEDIA_POSTS',
  curriculumArea: 'PSHE',
  account: 'Posts in a local Facebook group call our PSHE lessons propaganda and name two teachers.',
  occurredOn: addDays(today, -1),
  location: 'Online: a local Facebook group',
  involved: 'Administrators of the group and several parents',
  links: ['https://www.facebook.com/groups/example/posts/42'],
  harmToStaff: false,
  harmToPupils: false,
  policeTold: false,
  shareAnonymously: false,
  ...extra,
});

describe('reports of intimidation and pressure', () => {
  let t: TestApp;
  const tokens = {} as Record<Who, string>;
  const users = {} as Record<Who, string>;
  let alderRoad: string;
  let saltley: string;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    for (const who of Object.keys(EMAILS) as Who[]) {
      tokens[who] = await t.login(EMAILS[who]);
      [{ id: users[who] }] = await t.db.query<{ id: string }>('SELECT id FROM users WHERE email = $1', [EMAILS[who]]);
    }
    [{ id: alderRoad }] = await t.db.query<{ id: string }>('SELECT id FROM schools WHERE urn = 990001');
    [{ id: saltley }] = await t.db.query<{ id: string }>('SELECT id FROM schools WHERE urn = 990002');
  });
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await t.close();
  });

  const ok = async <T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
    const result = await t.gql<T>(query, variables, token);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const refusal = async (query: string, variables: Record<string, unknown>, token: string) => (await t.gql(query, variables, token)).errors?.[0].extensions;
  const report = async (extra: Record<string, unknown> = {}, token = tokens.head1) =>
    (await ok<{ reportPressure: Report }>(REPORT, { input: newReport(extra) }, token)).reportPressure;
  const read = async (id: string, token: string) => (await ok<{ pressureReport: Report }>(READ, { id }, token)).pressureReport;
  const acknowledge = async (id: string, token = tokens.officer) =>
    (await ok<{ acknowledgePressureReport: Report }>(ACK, { input: { reportId: id, note: 'We will call you today.' } }, token)).acknowledgePressureReport;
  const act = async (id: string, kind: string, token = tokens.officer) =>
    (await ok<{ recordPressureAction: Report }>(ACT, { input: { reportId: id, kind, takenOn: today, note: `Recorded ${kind.toLowerCase()}.` } }, token))
      .recordPressureAction;
  const notifications = async (token: string) =>
    (await ok<{ notifications: { edges: Array<{ node: { kind: string; title: string; link: string } }> } }>(NOTIFICATIONS, {}, token))
      .notifications.edges.map((e) => e.node);
  const kindsFor = async (token: string, reportId: string) =>
    (await notifications(token)).filter((n) => n.link === `/pressure/${reportId}`).map((n) => n.kind);
  const upload = (reportId: string, body: Buffer, fileName: string, token: string) =>
    fetch(`${t.url}/pressure-reports/${reportId}/attachments?fileName=${encodeURIComponent(fileName)}`, {
      method: 'POST', headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${token}` }, body,
    });
  const download = (id: string, token: string) => fetch(`${t.url}/pressure-attachments/${id}`, { headers: { authorization: `Bearer ${token}` } });
  const connect = (token: string) =>
    new Promise<Socket>((resolve, reject) => {
      const socket = io(t.url, { auth: { token }, transports: ['websocket'], reconnection: false });
      sockets.push(socket);
      socket.on('connect', () => resolve(socket));
      socket.on('connect_error', reject);
    });

  it('seeds the demo with Birmingham reports at every stage, one overdue, two schools in one campaign, some shared', async () => {
    const statuses = await t.db.query<{ status: string }>(
      "SELECT DISTINCT r.status::text AS status FROM pressure_reports r JOIN local_authorities la ON la.id = r.local_authority_id WHERE la.code = '330'",
    );
    expect(statuses.map((s) => s.status).sort()).toEqual(['ACKNOWLEDGED', 'ACTION_IN_PROGRESS', 'RESOLVED', 'SUBMITTED']);
    const [facts] = await t.db.query<{ overdue: number; shared: number; actions: number; delegated: number }>(
      `SELECT (SELECT count(*)::int FROM pressure_reports WHERE status = 'SUBMITTED' AND acknowledgement_due_at < now()) AS overdue,
              (SELECT count(*)::int FROM pressure_reports WHERE share_anonymously) AS shared,
              (SELECT count(*)::int FROM pressure_report_actions) AS actions,
              (SELECT count(*)::int FROM pressure_reports r JOIN users u ON u.id = r.reporter_id WHERE u.email = 'clerk2@demo.test') AS delegated`,
    );
    expect(facts.overdue).toBeGreaterThan(0);
    expect(facts.shared).toBeGreaterThanOrEqual(2);
    expect(facts.actions).toBeGreaterThanOrEqual(3);
    expect(facts.delegated).toBe(1);
    const campaigns = await t.db.query<{ name: string; schools: number }>(
      'SELECT c.name, count(DISTINCT r.school_id)::int AS schools FROM pressure_campaigns c JOIN pressure_reports r ON r.campaign_id = c.id GROUP BY c.id',
    );
    expect(campaigns).toEqual([{ name: 'Organised campaign against RSE lessons', schools: 2 }]);
    const [{ details }] = await t.db.query<{ details: { pressureReports: number } }>("SELECT details FROM audit_events WHERE action = 'demo.seed'");
    expect(details.pressureReports).toBe(6);
  });

  it('takes a report through its whole workflow, telling the reporter at each step', async () => {
    const sent = await report();
    expect(sent).toMatchObject({ status: 'SUBMITTED', schoolId: alderRoad, reporterId: users.head1, acknowledgementOverdue: false, campaign: null });
    expect(sent.reference).toMatch(/^PR-\d+$/);
    expect(sent.hoursUntilAcknowledgementDue).toBeGreaterThan(0);
    expect(await kindsFor(tokens.head1, sent.id)).toEqual(['pressure.submitted']);
    expect(await kindsFor(tokens.officer, sent.id)).toEqual(['pressure.reported']);
    expect(await kindsFor(tokens.manager, sent.id)).toEqual(['pressure.reported']);

    // The school adds information at any time; each addition is audited.
    const { addToPressureReport } = await ok<{ addToPressureReport: { id: string } }>(
      ADD, { input: { reportId: sent.id, text: 'The posts were shared again this morning.', links: ['https://example.org/post/43'] } }, tokens.head1,
    );
    const audited = async (action: string) =>
      (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events WHERE action = $1 AND entity_id = $2', [action, sent.id]))[0].n;
    expect(await audited('pressure.add_to')).toBe(1);

    // Nothing is resolved before it is acknowledged and acted on.
    expect(await refusal(RESOLVE, { input: { reportId: sent.id, outcomeSummary: 'Closed without doing anything at all.' } }, tokens.manager))
      .toMatchObject({ code: 'CONFLICT', reason: 'WRONG_STATUS' });
    expect(await refusal(ACT, { input: { reportId: sent.id, kind: 'VISIT', takenOn: today, note: 'Too early' } }, tokens.officer))
      .toMatchObject({ code: 'CONFLICT', reason: 'WRONG_STATUS' });

    const acknowledged = await acknowledge(sent.id);
    expect(acknowledged).toMatchObject({ status: 'ACKNOWLEDGED', hoursUntilAcknowledgementDue: null, acknowledgementOverdue: false });
    expect(await refusal(ACK, { input: { reportId: sent.id } }, tokens.manager)).toMatchObject({ code: 'CONFLICT', reason: 'WRONG_STATUS' });
    expect(await kindsFor(tokens.head1, sent.id)).toContain('pressure.acknowledged');

    const visited = await act(sent.id, 'VISIT');
    expect(visited.status).toBe('ACTION_IN_PROGRESS');
    const referred = await act(sent.id, 'POLICE_REFERRAL', tokens.manager);
    expect(referred.actions.map((a) => a.kind)).toEqual(['VISIT', 'POLICE_REFERRAL']);
    expect(await refusal(ACT, { input: { reportId: sent.id, kind: 'LETTER', takenOn: addDays(today, 2), note: 'Next week' } }, tokens.officer))
      .toMatchObject({ code: 'BAD_USER_INPUT', field: 'takenOn' });

    const { resolvePressureReport: resolved } = await ok<{ resolvePressureReport: Report }>(
      RESOLVE, { input: { reportId: sent.id, outcomeSummary: 'Posts removed by the platform; the group administrators were warned by the police.' } }, tokens.manager,
    );
    expect(resolved).toMatchObject({ status: 'RESOLVED', outcomeSummary: expect.stringContaining('Posts removed') });
    expect(await refusal(RESOLVE, { input: { reportId: sent.id, outcomeSummary: 'Resolved a second time, which is refused.' } }, tokens.officer))
      .toMatchObject({ code: 'CONFLICT' });

    // The reporter sees every step, and every notification leads to the report.
    const seen = await read(sent.id, tokens.head1);
    expect(seen).toMatchObject({ status: 'RESOLVED', additions: [{ text: 'The posts were shared again this morning.', links: ['https://example.org/post/43'] }] });
    expect(seen.actions).toHaveLength(2);
    expect(await kindsFor(tokens.head1, sent.id)).toEqual(
      expect.arrayContaining(['pressure.submitted', 'pressure.acknowledged', 'pressure.action_recorded', 'pressure.resolved']),
    );
    expect((await kindsFor(tokens.head1, sent.id)).filter((k) => k === 'pressure.action_recorded')).toHaveLength(2);
    // The school told the council more after acknowledgement: the acknowledging officer heard of it.
    await ok(ADD, { input: { reportId: sent.id, text: 'A new post appeared after the report was resolved.' } }, tokens.head1);
    expect(await kindsFor(tokens.officer, sent.id)).toContain('pressure.added_to');
    // The school's side gets an e-mail copy of each step; the council's team is told in the portal and live.
    const emails = async (email: string) =>
      (await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM outbox_messages WHERE recipient = $1 AND body LIKE '%' || $2 || '%'", [email, sent.id]))[0].n;
    expect(await emails(EMAILS.head1)).toBe(5);
    expect(await emails(EMAILS.officer)).toBe(0);
    for (const action of ['pressure.report', 'pressure.acknowledge', 'pressure.record_action', 'pressure.resolve']) {
      expect(await audited(action)).toBeGreaterThanOrEqual(1);
    }
    expect(addToPressureReport.id).toBeDefined();
  });

  it('refuses an incomplete or self-contradictory report, naming the field', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ policeTold: true }, 'policeReference'],
      [{ harmToPupils: true }, 'harmDescription'],
      [{ shareAnonymously: true }, 'shareableSummary'],
      [{ occurredOn: addDays(today, 1) }, 'occurredOn'],
      [{ account: '   short ' }, 'account'],
    ];
    for (const [extra, field] of cases) {
      expect(await refusal(REPORT, { input: newReport(extra) }, tokens.head1)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    for (const link of ['javascript:alert(1)', 'ftp://example.org/file', 'www.example.org/no-scheme']) {
      expect((await refusal(REPORT, { input: newReport({ links: [link] }) }, tokens.head1))?.code).toBe('BAD_USER_INPUT');
    }
    // A summary for other schools may not name the school, its URN or the reporter.
    for (const summary of ['Leaflets at Alder Road gates', 'Posts about school 990001', 'Posts naming Harriet Head']) {
      expect(await refusal(REPORT, { input: newReport({ shareAnonymously: true, shareableSummary: summary }) }, tokens.head1))
        .toMatchObject({ code: 'BAD_USER_INPUT', reason: 'IDENTIFIES_SCHOOL', field: 'shareableSummary' });
    }
  });

  it('escalates a missed acknowledgement to the managers exactly once, across a worker restart', async () => {
    const sent = await report();
    await t.db.query("UPDATE pressure_deadlines SET due_at = now() - interval '1 hour' WHERE report_id = $1", [sent.id]);
    await t.db.query("UPDATE pressure_reports SET acknowledgement_due_at = now() - interval '1 hour' WHERE id = $1", [sent.id]);
    const [{ managers }] = await t.db.query<{ managers: number }>(
      `SELECT count(DISTINCT m.user_id)::int AS managers FROM memberships m JOIN local_authorities la ON la.id = m.local_authority_id
        WHERE la.code = '330' AND m.role = 'LA_MANAGER'`,
    );
    const count = async () =>
      (await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM notifications WHERE kind = 'pressure.escalated' AND link = $1", [`/pressure/${sent.id}`]))[0].n;

    const first = await t.startWorker();
    // The worker sweeps at start; two concurrent sweeps must not double it either.
    await Promise.all([first.get(PressureEscalationService).sweep(), first.get(PressureEscalationService).sweep()]);
    expect(await count()).toBe(managers);
    await first.close();
    const second = await t.startWorker();
    await second.get(PressureEscalationService).sweep();
    expect(await count()).toBe(managers);
    const [{ n: audits }] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_events WHERE action = 'pressure.deadline_escalated' AND entity_id = $1", [sent.id],
    );
    expect(audits).toBe(1);
    await second.close();
    const overdue = await read(sent.id, tokens.manager);
    expect(overdue.acknowledgementOverdue).toBe(true);
    expect(overdue.hoursUntilAcknowledgementDue).toBeLessThan(0);
    // Acknowledging late is still recorded as late.
    expect((await acknowledge(sent.id)).acknowledgementOverdue).toBe(true);
  });

  it('links reports from two schools into a campaign: each school sees it is not alone, never who else', async () => {
    const summary = unique('Leaflets at several school gates against equality lessons');
    const fromAlder = await report({ category: 'ORGANISED_CAMPAIGN_OR_PROTEST', curriculumArea: 'EQUALITY', shareAnonymously: true, shareableSummary: summary });
    const fromSaltley = await report({ category: 'ORGANISED_CAMPAIGN_OR_PROTEST', curriculumArea: 'EQUALITY' }, tokens.head2);

    // Campaign text is shown to every linked school, so it may name none of them.
    expect(await refusal(CREATE_CAMPAIGN, { input: { name: 'Saltley Park protests', description: 'Leaflets', reportIds: [fromAlder.id, fromSaltley.id] } }, tokens.officer))
      .toMatchObject({ code: 'BAD_USER_INPUT', reason: 'IDENTIFIES_SCHOOL', field: 'name' });
    expect((await refusal(CREATE_CAMPAIGN, { input: { name: 'Equality leaflets', description: 'Leaflets', reportIds: [fromAlder.id, fromSaltley.id] } }, tokens.bradford))?.code)
      .toBe('NOT_FOUND');
    const { createPressureCampaign: campaign } = await ok<{ createPressureCampaign: Campaign }>(
      CREATE_CAMPAIGN,
      { input: { name: 'Leaflets against equality lessons', description: 'The same leaflet handed out at school gates on the same morning.', reportIds: [fromAlder.id, fromSaltley.id] } },
      tokens.officer,
    );
    expect(campaign).toMatchObject({ schoolsAffected: 2, reportsLinked: 2 });
    expect(campaign.reports!.map((r) => r.schoolId).sort()).toEqual([alderRoad, saltley].sort());

    // Alder Road sees the campaign and that two schools are affected; Saltley Park's report was not shared, so nothing of it.
    const asAlder = (await read(fromAlder.id, tokens.head1)).campaign!;
    expect(asAlder).toMatchObject({ id: campaign.id, schoolsAffected: 2, reportsLinked: 2, reports: null, sharedReports: [] });
    // Saltley Park sees Alder Road's report only in its shared, anonymised form.
    const asSaltley = (await read(fromSaltley.id, tokens.head2)).campaign!;
    expect(asSaltley).toMatchObject({ schoolsAffected: 2, reports: null });
    expect(asSaltley.sharedReports).toEqual([
      { shareKey: expect.any(String), category: 'ORGANISED_CAMPAIGN_OR_PROTEST', curriculumArea: 'EQUALITY', month: addDays(today, -1).slice(0, 7), schoolTypeGroup: 'MAINTAINED', summary },
    ]);
    expect(asSaltley.sharedReports[0].shareKey).not.toBe(fromAlder.id);
    expect((await ok<{ pressureCampaign: Campaign }>(CAMPAIGN, { id: campaign.id }, tokens.head2)).pressureCampaign.reports).toBeNull();
    expect((await refusal(CAMPAIGN, { id: campaign.id }, tokens.dsl2))?.code).toBe('NOT_FOUND');
    expect((await refusal(CAMPAIGN, { id: campaign.id }, tokens.head3))?.code).toBe('NOT_FOUND');
    expect(await kindsFor(tokens.head1, fromAlder.id)).toContain('pressure.campaign_linked');
    expect((await notifications(tokens.head2)).find((n) => n.link === `/pressure/${fromSaltley.id}` && n.kind === 'pressure.campaign_linked')?.title)
      .toMatch(/across 2 schools$/);

    // A report already in another campaign is not taken over silently.
    expect(await refusal(CREATE_CAMPAIGN, { input: { name: 'Another campaign', description: 'Same reports', reportIds: [fromAlder.id, fromSaltley.id] } }, tokens.manager))
      .toMatchObject({ code: 'CONFLICT', reason: 'IN_ANOTHER_CAMPAIGN' });
    // A third school's report joins; the schools already in hear that it has grown.
    const third = await report({}, tokens.clerk2);
    await ok('mutation($input: LinkPressureReportsInput!) { linkPressureReportsToCampaign(input: $input) { id } }', { input: { campaignId: campaign.id, reportIds: [third.id, fromAlder.id] } }, tokens.manager);
    expect((await read(fromAlder.id, tokens.head1)).campaign).toMatchObject({ schoolsAffected: 2, reportsLinked: 3 });
    await ok('mutation($input: UnlinkPressureReportInput!) { unlinkPressureReportFromCampaign(input: $input) { id campaignId } }', { input: { reportId: third.id } }, tokens.officer);
    expect((await read(fromAlder.id, tokens.head1)).campaign).toMatchObject({ reportsLinked: 2 });
  });

  it('counts trends by category, curriculum area, month, kind of school and authority, naming no school', async () => {
    const names = (await t.db.query<{ name: string; urn: number; id: string }>('SELECT name, urn, id FROM schools')).flatMap((s) => [s.name, String(s.urn), s.id]);
    type Trends = { pressureTrends: { localAuthorityId: string | null; consentedOnly: boolean; total: number; byArea: Array<{ code: string; count: number }>; byCategory: Array<{ count: number }> } };
    const council = (await ok<Trends>(TRENDS, {}, tokens.officer)).pressureTrends;
    const [{ n: birmingham }] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pressure_reports r JOIN local_authorities la ON la.id = r.local_authority_id WHERE la.code = '330'",
    );
    expect(council).toMatchObject({ consentedOnly: false, total: birmingham, byArea: [{ code: '330', count: birmingham }] });
    expect(council.byCategory.reduce((s, c) => s + c.count, 0)).toBe(birmingham);
    expect((await ok<Trends>(TRENDS, {}, tokens.hmi)).pressureTrends.total).toBe(birmingham);
    // Other schools count only what reporters chose to share, in every authority.
    const [{ n: shared }] = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM pressure_reports WHERE share_anonymously');
    const school = (await ok<Trends>(TRENDS, {}, tokens.head3)).pressureTrends;
    expect(school).toMatchObject({ localAuthorityId: null, consentedOnly: true, total: shared });
    expect(school.byArea.map((a) => a.code).sort()).toEqual(['330', '380']);
    // Another authority's officer may not read Birmingham's.
    const [{ id: birminghamLa }] = await t.db.query<{ id: string }>("SELECT id FROM local_authorities WHERE code = '330'");
    expect((await refusal(TRENDS, { filter: { localAuthorityId: birminghamLa } }, tokens.bradford))?.code).toBe('FORBIDDEN');
    for (const body of [council, school]) {
      const text = JSON.stringify(body);
      expect(names.filter((n) => text.includes(n))).toEqual([]);
    }

    // The council's CSV names no school, and a formula in any cell is defused.
    await t.db.query("UPDATE local_authorities SET name = '=HYPERLINK(\"http://evil.example\")' WHERE code = '330'");
    try {
      const { pressureTrendsCsv: csv } = await ok<{ pressureTrendsCsv: string }>('{ pressureTrendsCsv }', {}, tokens.manager);
      const [header, ...rows] = csv.trim().split('\r\n');
      expect(header).toBe('month,local_authority_code,local_authority,category,curriculum_area,school_type_group,reports,harm_to_staff,harm_to_pupils,police_told,in_campaign,resolved');
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.includes('"\'=HYPERLINK(""http://evil.example"")"'))).toBe(true);
      expect(names.filter((n) => csv.includes(n))).toEqual([]);
    } finally {
      await t.db.query("UPDATE local_authorities SET name = 'Birmingham' WHERE code = '330'");
    }
    expect((await refusal('{ pressureTrendsCsv }', {}, tokens.head1))?.code).toBe('FORBIDDEN');
  });

  it('never shows the reporting school or the reporter to another school: queries, campaigns, trends, notifications or socket events', async () => {
    const others = [tokens.head2, tokens.head3];
    const received: unknown[] = [];
    for (const token of others) (await connect(token)).onAny((event, payload) => received.push({ event, payload }));
    const bodies: unknown[] = [];
    const as = async (query: string, variables: Record<string, unknown>, token: string) => {
      const result = await t.gql(query, variables, token);
      bodies.push(result);
      return result;
    };

    // Alder Road reports everything identifying: links, a police reference, a screenshot, and shares it.
    const summary = unique('A video against RSE lessons is being shared in parents’ groups');
    const secret = await report({
      category: 'ORGANISED_CAMPAIGN_OR_PROTEST', curriculumArea: 'RSE', links: ['https://www.facebook.com/alder-road-parents/posts/99'],
      policeTold: true, policeReference: 'WM-SECRET-4242', shareAnonymously: true, shareableSummary: summary,
      location: 'Outside Alder Road Primary School', involved: 'Named parents of Alder Road pupils',
    });
    const receipt = (await (await upload(secret.id, PNG, 'screenshot.png', tokens.head1)).json()) as { id: string };
    const mine = await report({ category: 'ORGANISED_CAMPAIGN_OR_PROTEST', curriculumArea: 'RSE' }, tokens.head2);
    const { createPressureCampaign: campaign } = await ok<{ createPressureCampaign: Campaign }>(
      CREATE_CAMPAIGN, { input: { name: 'RSE video', description: 'The same video in parents’ groups.', reportIds: [secret.id, mine.id] } }, tokens.officer,
    );
    await acknowledge(secret.id);
    await act(secret.id, 'LETTER');

    const [{ id: birminghamLa }] = await t.db.query<{ id: string }>("SELECT id FROM local_authorities WHERE code = '330'");
    for (const token of others) {
      await as(SHARED, {}, token);
      await as(TRENDS, {}, token);
      await as(TRENDS, { filter: { localAuthorityId: birminghamLa } }, token);
      await as(CAMPAIGN, { id: campaign.id }, token);
      await as('{ pressureReports(first: 100) { edges { node { id reference campaign { schoolsAffected sharedReports { summary month } } } } } }', {}, token);
      await as(NOTIFICATIONS, {}, token);
      await as('{ unreadNotificationCount }', {}, token);
      await as('{ pressureDelegates { userId displayName named } }', {}, token);
      // Trying the report itself, its campaign or its evidence reveals nothing either.
      await as(READ, { id: secret.id }, token);
      bodies.push(await (await download(receipt.id, token)).text());
    }
    await as(READ, { id: mine.id }, tokens.head2);
    await new Promise((r) => setTimeout(r, 300));

    const text = JSON.stringify({ bodies, received });
    expect(text).toContain(summary);
    // The other school heard of its own report live, so the sockets were listening.
    expect(received).toContainEqual({ event: 'notification', payload: expect.objectContaining({ kind: 'pressure.campaign_linked', link: `/pressure/${mine.id}` }) });
    const [head1] = await t.db.query<{ display_name: string; email: string }>('SELECT display_name, email FROM users WHERE id = $1', [users.head1]);
    for (const identifying of [
      'Alder Road', '990001', alderRoad, users.head1, head1.display_name, 'Harriet', head1.email, secret.id, secret.reference, receipt.id,
      'WM-SECRET-4242', 'alder-road-parents', 'screenshot.png',
    ]) {
      expect(text).not.toContain(identifying);
    }
  });

  it('lets a DSL the headteacher named report and read the school’s reports, and no DSL who is not named', async () => {
    const DELEGATES = 'query($school: ID) { pressureDelegates(schoolId: $school) { userId displayName roles named namedById } }';
    const NAME = 'mutation($input: PressureDelegateInput!) { namePressureDelegate(input: $input) { userId named } }';
    const REMOVE = 'mutation($input: PressureDelegateInput!) { removePressureDelegate(input: $input) { userId named } }';
    const [saltleyReport] = await t.db.query<{ id: string }>('SELECT id FROM pressure_reports WHERE school_id = $1 ORDER BY seq LIMIT 1', [saltley]);
    const saltleyReports = async (token: string) =>
      (await ok<{ pressureReports: { edges: Array<{ node: { schoolId: string } }> } }>('{ pressureReports(first: 100) { edges { node { schoolId } } } }', {}, token))
        .pressureReports.edges.filter((e) => e.node.schoolId === saltley).length;

    // Not named: Dana DSL cannot report, read, or see who is named.
    expect((await refusal(REPORT, { input: newReport() }, tokens.dsl2))?.code).toBe('FORBIDDEN');
    expect((await refusal(READ, { id: saltleyReport.id }, tokens.dsl2))?.code).toBe('NOT_FOUND');
    expect(await saltleyReports(tokens.dsl2)).toBe(0);
    expect((await refusal(DELEGATES, {}, tokens.dsl2))?.code).toBe('FORBIDDEN');
    expect((await refusal(NAME, { input: { userId: users.dsl2 } }, tokens.dsl2))?.code).toBe('FORBIDDEN');
    expect((await refusal(NAME, { input: { userId: users.dsl2 } }, tokens.clerk2))?.code).toBe('FORBIDDEN');

    // The headteacher sees the school's DSLs and clerks (the clerk is named in the demo) and names Dana.
    const { pressureDelegates: before } = await ok<{ pressureDelegates: Array<{ userId: string; named: boolean; roles: string[] }> }>(DELEGATES, {}, tokens.head2);
    expect(before).toEqual(expect.arrayContaining([
      expect.objectContaining({ userId: users.dsl2, named: false, roles: ['DSL'] }),
      expect.objectContaining({ userId: users.clerk2, named: true, roles: ['GOVERNANCE_CLERK'] }),
    ]));
    expect(await refusal(NAME, { input: { userId: users.dsl1 } }, tokens.head2)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_ELIGIBLE', field: 'userId' });
    expect(await refusal(NAME, { input: { userId: users.officer } }, tokens.head2)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_ELIGIBLE' });
    expect((await ok<{ namePressureDelegate: { named: boolean } }>(NAME, { input: { userId: users.dsl2 } }, tokens.head2)).namePressureDelegate.named).toBe(true);
    expect(await refusal(NAME, { input: { userId: users.dsl2 } }, tokens.head2)).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_NAMED' });
    expect((await notifications(tokens.dsl2)).map((n) => n.kind)).toContain('pressure.delegate_named');

    // Named, with the same token: Dana reports for Saltley Park and reads its reports.
    const hers = await report({}, tokens.dsl2);
    expect(hers).toMatchObject({ schoolId: saltley, reporterId: users.dsl2 });
    expect(await saltleyReports(tokens.dsl2)).toBeGreaterThan(1);
    expect((await read(saltleyReport.id, tokens.dsl2)).id).toBe(saltleyReport.id);
    expect(await kindsFor(tokens.head2, hers.id)).toEqual(['pressure.submitted']);

    // Removed: Dana no longer reports or reads, not even her own report.
    expect((await ok<{ removePressureDelegate: { named: boolean } }>(REMOVE, { input: { userId: users.dsl2 } }, tokens.head2)).removePressureDelegate.named).toBe(false);
    expect((await refusal(REMOVE, { input: { userId: users.dsl2 } }, tokens.head2))?.code).toBe('NOT_FOUND');
    expect((await refusal(REPORT, { input: newReport() }, tokens.dsl2))?.code).toBe('FORBIDDEN');
    expect((await refusal(READ, { id: hers.id }, tokens.dsl2))?.code).toBe('NOT_FOUND');
    expect((await upload(hers.id, PNG, 'screenshot.png', tokens.dsl2)).status).toBe(404);
    const [{ n }] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_events WHERE action IN ('pressure.name_delegate', 'pressure.remove_delegate') AND details->>'delegateId' = $1", [users.dsl2],
    );
    expect(n).toBe(2);
  });

  it('keeps evidence for those who read the report in full: images and PDFs from the school, nothing else', async () => {
    const sent = await report();
    const stored = await upload(sent.id, PNG, 'post.png', tokens.head1);
    expect(stored.status).toBe(201);
    const { id } = (await stored.json()) as { id: string };
    expect((await upload(sent.id, Buffer.from('just some text, not an image'), 'post.png', tokens.head1)).status).toBe(400);
    expect((await upload(sent.id, PNG, 'post.png', tokens.officer)).status).toBe(403);
    expect((await upload(sent.id, PNG, 'post.png', tokens.dsl1)).status).toBe(404);
    for (const reader of [tokens.head1, tokens.officer, tokens.hmi]) expect((await download(id, reader)).status).toBe(200);
    for (const stranger of [tokens.head2, tokens.bradford, tokens.dsl1]) expect((await download(id, stranger)).status).toBe(404);
    expect((await download(id, tokens.admin)).status).toBe(403);
    expect((await read(sent.id, tokens.officer)).attachments).toEqual([{ id, downloadPath: `/pressure-attachments/${id}` }]);
  });

  it('lets HMI read everything in their authority and act on nothing', async () => {
    const sent = await report();
    const other = await report({}, tokens.head2);
    expect((await read(sent.id, tokens.hmi)).id).toBe(sent.id);
    await ok('{ pressureCampaigns(first: 10) { edges { node { id reports { id } } } } }', {}, tokens.hmi);
    await ok('{ pressureTrendsCsv }', {}, tokens.hmi);
    for (const [query, input] of [
      [ACK, { reportId: sent.id }],
      [ACT, { reportId: sent.id, kind: 'VISIT', takenOn: today, note: 'HMI may not' }],
      [RESOLVE, { reportId: sent.id, outcomeSummary: 'HMI may not resolve this report.' }],
      [ADD, { reportId: sent.id, text: 'HMI may not add' }],
      [REPORT, newReport()],
      [CREATE_CAMPAIGN, { name: 'HMI campaign', description: 'Not allowed', reportIds: [sent.id, other.id] }],
    ] as const) {
      expect((await refusal(query, { input }, tokens.hmi))?.code).toBe('FORBIDDEN');
    }
    expect((await read(sent.id, tokens.officer)).status).toBe('SUBMITTED');
  });

  it('refuses ADMIN every report, shared report, trend, campaign and delegate list', async () => {
    for (const query of [
      '{ pressureReports(first: 5) { edges { node { id } } } }', SHARED, '{ pressureTrends { total } }', '{ pressureTrendsCsv }',
      '{ pressureCampaigns(first: 5) { edges { node { id } } } }', '{ pressureDelegates { userId } }',
    ]) {
      const result = await t.gql(query, {}, tokens.admin);
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(result.data ?? null).toBeNull();
    }
    const [{ id }] = await t.db.query<{ id: string }>('SELECT id FROM pressure_reports LIMIT 1');
    expect((await refusal(READ, { id }, tokens.admin))?.code).toBe('FORBIDDEN');
  });
});
