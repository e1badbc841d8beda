import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { addDays, londonToday } from '@safeguard/calendar';
import { EscalationService, RegisterImportService, RegisterKind } from '@safeguard/register';
import { Actor } from '@safeguard/policy';
import { startTestApp, TestApp } from '../support/test-app';

const run = promisify(execFile);

const ENTRY_FIELDS = 'id kind status childId closedWithoutWhereabouts outstandingEnquiries flags deadlines { kind dueOn metOn overdue }';
const OPEN = `mutation($input: OpenRegisterEntryInput!) { openRegisterEntry(input: $input) { ${ENTRY_FIELDS} } }`;
const ENQUIRY = 'mutation($input: RecordEnquiryInput!) { recordEnquiry(input: $input) { id } }';
const CLOSE = `mutation($input: CloseRegisterEntryInput!) { closeRegisterEntry(input: $input) { ${ENTRY_FIELDS} } }`;
const SIGN_OFF = `mutation($input: SignOffClosureInput!) { signOffClosure(input: $input) { ${ENTRY_FIELDS} signedOffById } }`;
const MANDATORY = ['PARENTS', 'RELATIVES_AND_NEIGHBOURS', 'HOME_VISIT', 'SCHOOL_TO_SCHOOL', 'OTHER_LOCAL_AUTHORITIES', 'HEALTH', 'POLICE'];

interface Entry {
  id: string;
  kind: string;
  status: string;
  childId: string;
  closedWithoutWhereabouts: boolean;
  outstandingEnquiries: string[];
  flags: string[];
  deadlines: Array<{ kind: string; dueOn: string; metOn: string | null; overdue: boolean }>;
}

let serial = 0;
const newChild = (overrides: Record<string, unknown> = {}) => ({
  legalFirstName: `Test${(serial += 1)}`,
  legalLastName: `Child${Math.random().toString(36).slice(2, 8)}`,
  dateOfBirth: '2013-05-01',
  sex: 'FEMALE',
  postcode: 'B8 1AA',
  ...overrides,
});

describe('the register of children out of school', () => {
  let t: TestApp;
  let tokens: Record<'dsl' | 'officer' | 'manager' | 'hmi' | 'bradford' | 'admin' | 'head2', string>;
  let birmingham: string;
  const today = londonToday();

  beforeAll(async () => {
    t = await startTestApp();
    [{ id: birmingham }] = await t.db.query<{ id: string }>("SELECT id FROM local_authorities WHERE code = '330'");
    tokens = {
      dsl: await t.login('dsl1@demo.test'),
      officer: await t.login('officer@demo.test'),
      manager: await t.login('manager@demo.test'),
      hmi: await t.login('hmi@demo.test'),
      bradford: await t.login('officer.bradford@demo.test'),
      admin: await t.login('admin@demo.test'),
      head2: await t.login('head2@demo.test'),
    };
  });
  afterAll(() => t.close());

  const open = async (token: string, input: Record<string, unknown>) => {
    const result = await t.gql<{ openRegisterEntry: Entry }>(OPEN, { input }, token);
    expect(result.errors).toBeUndefined();
    return result.data!.openRegisterEntry;
  };
  const councilCme = (extra: Record<string, unknown> = {}) =>
    open(tokens.officer, { kind: 'CME', reason: 'IDENTIFIED_BY_COUNCIL', child: newChild(), ...extra });
  const enquire = async (token: string, entryId: string, kind: string) => {
    const result = await t.gql(ENQUIRY, { input: { entryId, kind, madeOn: today, outcome: `${kind} made, nothing found` } }, token);
    expect(result.errors).toBeUndefined();
  };

  it('runs a whole CME lifecycle: a school reports, the council enquires, locates and closes; the school sees the outcome', async () => {
    const reported = await open(tokens.dsl, {
      kind: 'CME',
      reason: 'ABSENCE_TEN_SCHOOL_DAYS',
      child: newChild(),
      cme: { lastAttendedOn: addDays(today, -40) },
      summary: 'Not seen since the start of term.',
    });
    expect(reported.status).toBe('REPORTED');
    expect(reported.deadlines.map((d) => d.kind).sort()).toEqual(['CME_FIRST_ENQUIRY', 'CME_LOCATE']);
    // Every Birmingham officer and manager is told of a school's report at once.
    const [{ count: told }] = await t.db.query<{ count: number }>(
      "SELECT count(*)::int AS count FROM notifications WHERE kind = 'register.reported' AND link = $1",
      [`/register/entries/${reported.id}`],
    );
    expect(told).toBe(2);

    await enquire(tokens.officer, reported.id, 'PARENTS');
    const located = await t.gql<{ recordWhereabouts: Entry & { whereabouts: { kind: string } } }>(
      `mutation($input: RecordWhereaboutsInput!) { recordWhereabouts(input: $input) { ${ENTRY_FIELDS} whereabouts { kind } } }`,
      { input: { entryId: reported.id, kind: 'SCHOOL', schoolUrn: 990002, locatedOn: today } },
      tokens.officer,
    );
    expect(located.errors).toBeUndefined();
    expect(located.data!.recordWhereabouts.status).toBe('LOCATED');
    expect(located.data!.recordWhereabouts.deadlines.every((d) => d.metOn || !d.overdue)).toBe(true);

    const closed = await t.gql<{ closeRegisterEntry: Entry }>(CLOSE, { input: { entryId: reported.id, reason: 'On roll at Saltley Park' } }, tokens.officer);
    expect(closed.data!.closeRegisterEntry).toMatchObject({ status: 'CLOSED', closedWithoutWhereabouts: false });

    // The reporting school follows its report to the end.
    const seen = await t.gql<{ registerEntry: { status: string; visits: unknown } }>(
      'query($id: ID!) { registerEntry(id: $id) { status visits { id } } }',
      { id: reported.id },
      tokens.dsl,
    );
    expect(seen.data!.registerEntry).toEqual({ status: 'CLOSED', visits: null });

    const chronology = await t.gql<{ child: { chronology: { edges: Array<{ node: { kind: string } }> } } }>(
      'query($id: ID!) { child(id: $id) { chronology(first: 50) { edges { node { kind } } } } }',
      { id: reported.childId },
      tokens.officer,
    );
    expect(chronology.data!.child.chronology.edges.map((e) => e.node.kind)).toEqual([
      'child.added', 'cme.opened', 'cme.enquiry', 'cme.located', 'cme.closed',
    ]);
  });

  it('refuses a school reporting before ten school days of absence, and EHC-plan entries, which are the council’s', async () => {
    const early = await t.gql(OPEN, { input: { kind: 'CME', reason: 'ABSENCE_TEN_SCHOOL_DAYS', child: newChild(), cme: { lastAttendedOn: addDays(today, -3) } } }, tokens.dsl);
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cme.lastAttendedOn' });
    const ehcp = await t.gql(OPEN, { input: { kind: 'EHCP', reason: 'EHCP_NOT_FULL_TIME', child: newChild(), ehcp: { hoursPerWeek: 5, fullTimeStoppedOn: today } } }, tokens.dsl);
    expect(ehcp.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const mismatched = await t.gql(OPEN, { input: { kind: 'EHE', reason: 'SUSPENSION', child: newChild() } }, tokens.officer);
    expect(mismatched.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
  });

  it('refuses closing without whereabouts until every enquiry is recorded, then needs another manager’s sign-off', async () => {
    const entry = await councilCme();
    const refused = await t.gql(CLOSE, { input: { entryId: entry.id, reason: 'Cannot be found' } }, tokens.officer);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ENQUIRIES_OUTSTANDING' });
    expect(refused.errors?.[0].message).toContain('POLICE');

    for (const kind of MANDATORY) await enquire(tokens.officer, entry.id, kind);
    const proposed = await t.gql<{ closeRegisterEntry: Entry }>(CLOSE, { input: { entryId: entry.id, reason: 'Every enquiry exhausted' } }, tokens.officer);
    expect(proposed.data!.closeRegisterEntry.status).toBe('AWAITING_SIGN_OFF');

    // An officer cannot sign off at all; the proposer never can.
    const byOfficer = await t.gql(SIGN_OFF, { input: { entryId: entry.id, approve: true, reason: 'Looks fine to me' } }, tokens.officer);
    expect(byOfficer.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const signed = await t.gql<{ signOffClosure: Entry & { signedOffById: string } }>(
      SIGN_OFF,
      { input: { entryId: entry.id, approve: true, reason: 'Enquiries reviewed: reasonable and complete' } },
      tokens.manager,
    );
    expect(signed.errors).toBeUndefined();
    expect(signed.data!.signOffClosure).toMatchObject({ status: 'CLOSED', closedWithoutWhereabouts: true });

    const dashboard = await t.gql<{ registerDashboard: { closuresWithoutWhereabouts: Array<{ count: number }> } }>(
      '{ registerDashboard { closuresWithoutWhereabouts { term count } } }',
      {},
      tokens.manager,
    );
    expect(dashboard.data!.registerDashboard.closuresWithoutWhereabouts[0].count).toBeGreaterThanOrEqual(1);
    const [audit] = await t.db.query<{ count: number }>(
      "SELECT count(*)::int AS count FROM audit_events WHERE action = 'register.sign_off_closure' AND entity_id = $1",
      [entry.id],
    );
    expect(audit.count).toBe(1);
  });

  it('refuses a manager signing off a closure of work they did', async () => {
    const entry = await councilCme();
    for (const kind of MANDATORY.slice(1)) await enquire(tokens.officer, entry.id, kind);
    await enquire(tokens.manager, entry.id, MANDATORY[0]);
    await t.gql(CLOSE, { input: { entryId: entry.id, reason: 'Every enquiry exhausted' } }, tokens.officer);
    const own = await t.gql(SIGN_OFF, { input: { entryId: entry.id, approve: true, reason: 'Signing my own work' } }, tokens.manager);
    expect(own.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_WORK' });
    const [row] = await t.db.query<{ status: string }>('SELECT status FROM register_entries WHERE id = $1', [entry.id]);
    expect(row.status).toBe('AWAITING_SIGN_OFF');
  });

  it('refuses an EHE visit without its safeguarding section, and saves it with one', async () => {
    const entry = await open(tokens.officer, {
      kind: 'EHE', reason: 'PARENT_NOTICE', child: newChild({ childProtectionPlan: true }), ehe: { noticeReceivedOn: addDays(today, -20) },
    });
    expect(entry.flags).toEqual(expect.arrayContaining(['NEVER_SEEN', 'PRIORITY']));
    const VISIT = 'mutation($input: RecordVisitInput!) { recordVisit(input: $input) { id childSeen } }';
    const base = { entryId: entry.id, kind: 'HOME_VISIT', occurredOn: today, notes: 'Visited at home with the parent.' };
    const without = await t.gql(VISIT, { input: base }, tokens.officer);
    expect(without.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'safeguarding' });
    const concernWithoutDetails = await t.gql(
      VISIT,
      { input: { ...base, safeguarding: { childSeen: true, childSeenAlone: true, childViews: 'Happy at home', safeguardingConcern: true, educationSuitability: 'SUITABLE' } } },
      tokens.officer,
    );
    expect(concernWithoutDetails.errors?.[0].extensions?.field).toBe('safeguarding.concernDetails');
    const [{ count: before }] = await t.db.query<{ count: number }>('SELECT count(*)::int AS count FROM register_visits WHERE entry_id = $1', [entry.id]);
    expect(before).toBe(0);

    const saved = await t.gql(
      VISIT,
      { input: { ...base, safeguarding: { childSeen: true, childSeenAlone: true, childViews: 'Enjoys learning at home', safeguardingConcern: false, educationSuitability: 'SUITABLE' } } },
      tokens.officer,
    );
    expect(saved.errors).toBeUndefined();
    const after = await t.gql<{ registerEntry: Entry & { lastSeenOn: string } }>(
      `query($id: ID!) { registerEntry(id: $id) { ${ENTRY_FIELDS} lastSeenOn } }`,
      { id: entry.id },
      tokens.officer,
    );
    expect(after.data!.registerEntry.lastSeenOn).toBe(today);
    expect(after.data!.registerEntry.flags).not.toContain('NEVER_SEEN');
  });

  it('counts school days across a bank holiday and a half-term the manager sets', async () => {
    // Thursday 21 May 2026; Monday 25 May is the spring bank holiday.
    const exclusion = { startsOn: '2026-05-21', schoolUrn: 990003 };
    const safetyCheckDue = (e: Entry) => e.deadlines.find((d) => d.kind === 'EXCLUSION_SAFETY_CHECK')!.dueOn;
    const before = await open(tokens.officer, { kind: 'EXCLUDED', reason: 'PERMANENT_EXCLUSION', child: newChild(), exclusion });
    // Day 1 Thu 21, 2 Fri 22, (bank holiday) 3 Tue 26, 4 Wed 27, 5 Thu 28.
    expect(safetyCheckDue(before)).toBe('2026-05-28');

    const holiday = await t.gql(
      'mutation($input: AddSchoolHolidayInput!) { addSchoolHoliday(input: $input) { id } }',
      { input: { localAuthorityId: birmingham, name: 'Summer half-term 2026', startsOn: '2026-05-26', endsOn: '2026-05-29' } },
      tokens.manager,
    );
    expect(holiday.errors).toBeUndefined();
    const after = await open(tokens.officer, { kind: 'EXCLUDED', reason: 'PERMANENT_EXCLUSION', child: newChild(), exclusion });
    // Day 1 Thu 21, 2 Fri 22, (bank holiday, half-term) 3 Mon 1 June, 4 Tue 2, 5 Wed 3.
    expect(safetyCheckDue(after)).toBe('2026-06-03');
    // Provision from the sixth school day of a permanent exclusion.
    expect(after.deadlines.find((d) => d.kind === 'EXCLUSION_PROVISION')!.dueOn).toBe('2026-06-04');
    expect(after.flags).toContain('NO_SAFETY_CHECK_IN_TIME');

    const overlap = await t.gql(
      'mutation($input: AddSchoolHolidayInput!) { addSchoolHoliday(input: $input) { id } }',
      { input: { localAuthorityId: birmingham, name: 'Overlapping', startsOn: '2026-05-28', endsOn: '2026-06-01' } },
      tokens.manager,
    );
    expect(overlap.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('escalates an overdue item once, across a worker restart and concurrent sweeps', async () => {
    // Sweeping as if a year had passed makes both of the entry's deadlines overdue and past their grace.
    const entry = await councilCme();
    const later = addDays(today, 365);
    const link = `/register/entries/${entry.id}`;
    const count = async (kind: string) =>
      (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM notifications WHERE kind = $1 AND link = $2', [kind, link]))[0].n;

    const first = await t.startWorker();
    await Promise.all([first.get(EscalationService).sweep(later), first.get(EscalationService).sweep(later)]);
    // Two deadlines (first enquiry, locate): each to the assigned officer (who opened it), then to the one manager.
    expect(await count('register.overdue')).toBe(2);
    expect(await count('register.escalated')).toBe(2);
    await first.close();

    const second = await t.startWorker();
    await second.get(EscalationService).sweep(later);
    expect(await count('register.overdue')).toBe(2);
    expect(await count('register.escalated')).toBe(2);
    // Each escalation also went to the outbox for e-mail, once.
    const [{ n: emails }] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM outbox_messages WHERE body LIKE '%' || $1 || '%'",
      [link],
    );
    expect(emails).toBe(4);
  });

  it('imports a team’s old list, matching children and reporting duplicates and refusals; twice changes nothing', async () => {
    const file = join(__dirname, '..', 'fixtures', 'register-cme-sample.csv');
    const cli = () =>
      run(
        process.execPath,
        ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/cli/src/import-register.ts', file, '--la', '330', '--kind', 'CME', '--source', 'Old CME team'],
        { cwd: join(__dirname, '..', '..'), env: { ...process.env, DATABASE_URL: t.db.url, SEED_DEMO: 'false' }, timeout: 120_000 },
      );
    const countRows = async () =>
      (await t.db.query<{ entries: number; children: number }>(
        "SELECT (SELECT count(*)::int FROM register_entries WHERE source = 'Old CME team') AS entries, (SELECT count(*)::int FROM children) AS children",
      ))[0];

    const first = await cli();
    expect(first.stdout).toContain('entries created:   3');
    expect(first.stdout).toMatch(/row 4: child .* may be .*same date of birth, similar name/);
    expect(first.stdout).toContain('row 5: date_of_birth "31/02/2013" is not a date');
    expect(first.stdout).toContain('row 6: upn "B123456789012" fails its check letter');
    // Amira is already on the register from her school's report: matched, not duplicated.
    expect(first.stdout).toMatch(/row 3: This child already has an open child missing education entry/);
    const afterFirst = await countRows();

    const second = await t.app.get(RegisterImportService).importFile(file, Actor.system('test-import'), { laCode: '330', kind: RegisterKind.CME, source: 'Old CME team' });
    expect(second).toMatchObject({ entriesCreated: 0, alreadyImported: 3, childrenCreated: 0 });
    expect(await countRows()).toEqual(afterFirst);
  }, 150_000);

  it('finds children fuzzily, shows possible duplicates on adding, and lets a manager merge them keeping both histories', async () => {
    const ADD = 'mutation($input: ChildInput!) { addChild(input: $input) { child { id } possibleDuplicates { why child { id } } } }';
    const a = await t.gql<{ addChild: { child: { id: string } } }>(ADD, { input: newChild({ legalFirstName: 'Jonathan', legalLastName: 'Smithson', dateOfBirth: '2012-12-12' }) }, tokens.officer);
    const b = await t.gql<{ addChild: { child: { id: string }; possibleDuplicates: Array<{ why: string; child: { id: string } }> } }>(
      ADD,
      { input: newChild({ legalFirstName: 'Jonathon', legalLastName: 'Smithson', dateOfBirth: '2012-12-12' }) },
      tokens.officer,
    );
    const keep = a.data!.addChild.child.id;
    const dup = b.data!.addChild.child.id;
    expect(b.data!.addChild.possibleDuplicates).toEqual([{ why: 'same date of birth, similar name', child: { id: keep } }]);

    const found = await t.gql<{ children: { edges: Array<{ node: { id: string } }> } }>(
      '{ children(first: 10, filter: { name: "jonathen smithsen" }) { edges { node { id } } } }',
      {},
      tokens.officer,
    );
    expect(found.data!.children.edges.map((e) => e.node.id).sort()).toEqual([keep, dup].sort());
    const elsewhere = await t.gql<{ children: { edges: unknown[] } }>('{ children(first: 10, filter: { name: "Smithson" }) { edges { node { id } } } }', {}, tokens.bradford);
    expect(elsewhere.data!.children.edges).toEqual([]);

    // The merge queue lists both records for the team, and nothing for a school.
    const QUEUE = '{ children(first: 100, filter: { possibleDuplicates: true }) { edges { node { id } } } }';
    const queued = async (token: string) =>
      (await t.gql<{ children: { edges: Array<{ node: { id: string } }> } }>(QUEUE, {}, token)).data!.children.edges.map((e) => e.node.id);
    expect(await queued(tokens.officer)).toEqual(expect.arrayContaining([keep, dup]));
    expect(await queued(tokens.dsl)).toEqual([]);

    await open(tokens.officer, { kind: 'CME', reason: 'IDENTIFIED_BY_COUNCIL', childId: dup });
    const MERGE = 'mutation($input: MergeChildrenInput!) { mergeChildren(input: $input) { id } }';
    const byOfficer = await t.gql(MERGE, { input: { keepChildId: keep, mergeChildId: dup, reason: 'Same child, name misspelt' } }, tokens.officer);
    expect(byOfficer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const merged = await t.gql(MERGE, { input: { keepChildId: keep, mergeChildId: dup, reason: 'Same child, name misspelt' } }, tokens.manager);
    expect(merged.errors).toBeUndefined();
    const [row] = await t.db.query<{ merged_into_id: string }>('SELECT merged_into_id FROM children WHERE id = $1', [dup]);
    expect(row.merged_into_id).toBe(keep);
    const history = await t.gql<{ child: { chronology: { edges: Array<{ node: { kind: string; originalChildId: string } }> } } }>(
      'query($id: ID!) { child(id: $id) { chronology(first: 50) { edges { node { kind originalChildId } } } } }',
      { id: keep },
      tokens.manager,
    );
    const events = history.data!.child.chronology.edges.map((e) => e.node);
    expect(events.filter((e) => e.originalChildId === dup).map((e) => e.kind)).toEqual(['child.added', 'cme.opened']);
    expect(events.at(-1)!.kind).toBe('child.merged');
    const after = await queued(tokens.manager);
    expect(after).not.toContain(keep);
    expect(after).not.toContain(dup);
  });

  it('lists entries escalated to managers: an open deadline past its escalation date', async () => {
    const ESCALATED = '{ registerEntries(first: 50, filter: { escalated: true }) { edges { node { id child { legalFirstName } deadlines { escalateOn metOn cancelledOn } } } } }';
    const listed = await t.gql<{ registerEntries: { edges: Array<{ node: { child: { legalFirstName: string }; deadlines: Array<{ escalateOn: string; metOn: string | null; cancelledOn: string | null }> } }> } }>(
      ESCALATED, {}, tokens.manager,
    );
    const nodes = listed.data!.registerEntries.edges.map((e) => e.node);
    // Zara (EHE, not seen for over a year) is long past escalation; a report made today is not.
    expect(nodes.map((n) => n.child.legalFirstName)).toContain('Zara');
    for (const n of nodes) expect(n.deadlines.some((d) => !d.metOn && !d.cancelledOn && d.escalateOn < today)).toBe(true);
    const fresh = await councilCme();
    const again = await t.gql<{ registerEntries: { edges: Array<{ node: { id: string } }> } }>(ESCALATED, {}, tokens.manager);
    expect(again.data!.registerEntries.edges.map((e) => e.node.id)).not.toContain(fresh.id);
  });

  it('scopes reads: schools see their own, teams their area, ADMIN no child; every child read is audited', async () => {
    const list = async (token: string) =>
      (await t.gql<{ registerEntries: { edges: Array<{ node: { reportedBySchoolId: string | null; localAuthorityId: string; child: { legalFirstName: string } | null } }> } }>(
        '{ registerEntries(first: 100) { edges { node { reportedBySchoolId localAuthorityId child { legalFirstName } } } } }',
        {},
        token,
      ));
    const dsl = (await list(tokens.dsl)).data!.registerEntries.edges.map((e) => e.node.child!.legalFirstName);
    expect(dsl).toEqual(expect.arrayContaining(['Amira', 'Maya']));
    expect(dsl).not.toContain('Leo');
    expect(dsl).not.toContain('Jayden');
    const bradford = (await list(tokens.bradford)).data!.registerEntries.edges;
    expect(new Set(bradford.map((e) => e.node.child!.legalFirstName))).toEqual(new Set(['Imran']));
    expect((await list(tokens.hmi)).data!.registerEntries.edges.length).toBeGreaterThan(7);
    expect((await list(tokens.admin)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const [amira] = await t.db.query<{ id: string }>("SELECT id FROM children WHERE legal_first_name = 'Amira' AND legal_last_name = 'Khan' ORDER BY created_at LIMIT 1");
    const read = await t.gql('query($id: ID!) { child(id: $id) { legalFirstName } }', { id: amira.id }, tokens.hmi);
    expect(read.errors).toBeUndefined();
    const [{ n }] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_events a JOIN users u ON u.id = a.actor_user_id WHERE u.email = 'hmi@demo.test' AND a.action = 'register.read_child' AND a.entity_id = $1",
      [amira.id],
    );
    expect(n).toBeGreaterThanOrEqual(1);
    const hidden = await t.gql('query($id: ID!) { child(id: $id) { legalFirstName } }', { id: amira.id }, tokens.head2);
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('shows the dashboard with overdue items, filters by school type, and exports CSV', async () => {
    const DASH = 'query($f: RegisterDashboardFilter) { registerDashboard(filter: $f) { counts { kind status count } overdue { kind count } childrenNeverSeen ehePriority eheNotSeenInPeriod excludedWithoutSafetyCheckInTime medianSchoolDaysToLocate } }';
    const all = await t.gql<{ registerDashboard: { counts: Array<{ kind: string; count: number }>; overdue: Array<{ kind: string; count: number }>; childrenNeverSeen: number; ehePriority: number; eheNotSeenInPeriod: number } }>(DASH, {}, tokens.hmi);
    expect(all.errors).toBeUndefined();
    const d = all.data!.registerDashboard;
    expect(new Set(d.counts.map((c) => c.kind))).toEqual(new Set(['CME', 'EHE', 'EXCLUDED', 'EHCP']));
    expect(d.overdue.reduce((n, o) => n + o.count, 0)).toBeGreaterThan(0);
    expect(d.eheNotSeenInPeriod).toBeGreaterThanOrEqual(1);
    expect(d.ehePriority).toBeGreaterThanOrEqual(1);
    const independent = await t.gql<{ registerDashboard: { counts: unknown[] } }>(DASH, { f: { localAuthorityId: birmingham, schoolTypeGroup: 'INDEPENDENT' } }, tokens.manager);
    expect(independent.errors).toBeUndefined();
    const elsewhere = await t.gql(DASH, { f: { localAuthorityId: birmingham } }, tokens.bradford);
    expect(elsewhere.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const csv = await t.gql<{ registerExport: string }>('{ registerExport }', {}, tokens.manager);
    const lines = csv.data!.registerExport.trim().split('\r\n');
    expect(lines[0]).toMatch(/^entry_id,kind,status,/);
    expect(lines.length).toBeGreaterThan(7);
  });
});
