import { addDays, londonToday } from '@safeguard/calendar';
import { GovernanceAlertsService } from '@safeguard/governance';
import { startTestApp, TestApp } from '../support/test-app';

interface Governance {
  schoolTypeGroup: string;
  rag: string;
  tally: Tally;
  appointments: Array<{
    id: string;
    role: string;
    person: { fullName: string };
    rag: string;
    requiredChecks: Array<{ check: string; state: string; dueOn: string | null }>;
    records: Array<{ kind: string; hasReference: boolean; reference: string | null }>;
  }>;
}
interface Tally {
  required: number;
  done: number;
  due: number;
  overdue: number;
  refused: number;
}

const GOVERNANCE = `query($id: ID!) { schoolGovernance(schoolId: $id) { schoolTypeGroup rag tally { required done due overdue refused }
  appointments { id role rag person { fullName } requiredChecks { check state dueOn } records { kind hasReference reference } } } }`;
const APPOINT = 'mutation($input: RecordAppointmentInput!) { recordAppointment(input: $input) { id rag requiredChecks { check state } } }';
const CHECK = 'mutation($input: RecordSuitabilityCheckInput!) { recordSuitabilityCheck(input: $input) { id hasReference reference } }';
const today = londonToday();

describe('governance suitability checks', () => {
  let t: TestApp;
  let tokens: Record<'head1' | 'head2' | 'clerk2' | 'officer' | 'manager' | 'hmi' | 'admin' | 'bradford', string>;
  const school: Record<number, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    for (const { urn, id } of await t.db.query<{ urn: number; id: string }>('SELECT urn, id FROM schools')) school[urn] = id;
    tokens = {
      head1: await t.login('head1@demo.test'),
      head2: await t.login('head2@demo.test'),
      clerk2: await t.login('clerk2@demo.test'),
      officer: await t.login('officer@demo.test'),
      manager: await t.login('manager@demo.test'),
      hmi: await t.login('hmi@demo.test'),
      admin: await t.login('admin@demo.test'),
      bradford: await t.login('officer.bradford@demo.test'),
    };
  });
  afterAll(() => t.close());

  const ok = async <T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
    const result = await t.gql<T>(query, variables, token);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const governance = async (urn: number, token = tokens.manager) =>
    (await ok<{ schoolGovernance: Governance }>(GOVERNANCE, { id: school[urn] }, token)).schoolGovernance;
  const checksOf = (g: Governance, name: string) =>
    Object.fromEntries(g.appointments.find((a) => a.person.fullName === name)!.requiredChecks.map((c) => [c.check, c.state]));

  it('derives each appointment’s checks from the rules table, for every type of school', async () => {
    const maintained = await governance(990001);
    expect(Object.keys(checksOf(maintained, 'Priya Shah')).sort()).toEqual(
      ['BARRED_LIST', 'BUSINESS_INTERESTS_DECLARATION', 'DISQUALIFICATION_DECLARATION', 'ENHANCED_DBS', 'SECTION_128'],
    );
    const academy = await governance(990002);
    expect(Object.keys(checksOf(academy, 'Jonathan Reeve')).sort()).toEqual(
      ['BUSINESS_INTERESTS_DECLARATION', 'DISQUALIFICATION_DECLARATION', 'SECRETARY_OF_STATE'],
    );
    expect(Object.keys(checksOf(academy, 'Sofia Marques'))).toEqual(expect.arrayContaining(['ENHANCED_DBS', 'SECTION_128', 'IDENTITY', 'RIGHT_TO_WORK', 'OVERSEAS']));
    const independent = await governance(990004);
    expect(Object.keys(checksOf(independent, 'Rupert Vane')).sort()).toEqual(
      ['BUSINESS_INTERESTS_DECLARATION', 'DISQUALIFICATION_DECLARATION', 'ENHANCED_DBS', 'IDENTITY', 'SECTION_128'],
    );
    expect(checksOf(await governance(990010), 'Imran Qureshi')).toMatchObject({ SECRETARY_OF_STATE: 'OVERDUE' });

    // A governor has no place in an academy.
    const wrong = await t.gql(APPOINT, { input: { schoolId: school[990002], person: { fullName: 'Wrong Role' }, role: 'GOVERNOR', governorCategory: 'PARENT', appointedOn: today } }, tokens.clerk2);
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role' });
  });

  it('shows a trustee with no section 128 check as missing, and the school red', async () => {
    const academy = await governance(990002, tokens.hmi);
    const amina = academy.appointments.find((a) => a.person.fullName === 'Amina Rahman')!;
    expect(amina.rag).toBe('RED');
    expect(amina.requiredChecks.find((c) => c.check === 'SECTION_128')).toMatchObject({ state: 'OVERDUE' });
    expect(academy.rag).toBe('RED');
    // Recording it clears that check.
    await ok(CHECK, { input: { appointmentId: amina.id, kind: 'SECTION_128', doneOn: today, checkedBy: 'Clerk via TRA', outcome: 'CLEAR' } }, tokens.clerk2);
    expect(checksOf(await governance(990002), 'Amina Rahman').SECTION_128).toBe('DONE');
  });

  it('adds up the authority’s completion by type of school', async () => {
    const { governanceCompletion: c } = await ok<{
      governanceCompletion: {
        total: Tally;
        byType: Array<{ schoolTypeGroup: string; schools: number; schoolsWithNoRecord: number; appointments: number; tally: Tally }>;
        byCheck: Array<{ check: string; tally: Tally }>;
        schoolsOverdue: Array<{ urn: number; checks: number }>;
        trend: Array<{ schoolTypeGroup: string; required: number }>;
      };
    }>(
      `{ governanceCompletion { total { required done due overdue refused }
           byType { schoolTypeGroup schools schoolsWithNoRecord appointments tally { required done due overdue refused } }
           byCheck { check tally { required done due overdue refused } } schoolsOverdue { urn checks } trend { schoolTypeGroup required } } }`,
      {}, tokens.hmi,
    );
    const sum = (key: keyof Tally, rows: Array<{ tally: Tally }>) => rows.reduce((n, r) => n + r.tally[key], 0);
    for (const key of ['required', 'done', 'due', 'overdue', 'refused'] as const) {
      expect(sum(key, c.byType)).toBe(c.total[key]);
      expect(sum(key, c.byCheck)).toBe(c.total[key]);
    }
    const [{ n: birminghamSchools }] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM schools s JOIN local_authorities la ON la.id = s.local_authority_id WHERE la.code = '330'",
    );
    expect(c.byType.reduce((n, r) => n + r.schools, 0)).toBe(birminghamSchools);
    // Each type's figures are the sum of its schools' own.
    for (const type of ['MAINTAINED', 'ACADEMY', 'FREE_SCHOOL', 'INDEPENDENT']) {
      const ids = await t.db.query<{ urn: number }>(
        "SELECT urn FROM schools s JOIN local_authorities la ON la.id = s.local_authority_id WHERE la.code = '330' AND s.type_group = $1", [type],
      );
      const tallies = await Promise.all(ids.map(({ urn }) => governance(urn).then((g) => g.tally)));
      expect(tallies.reduce((n, x) => n + x.required, 0)).toBe(c.byType.find((r) => r.schoolTypeGroup === type)!.tally.required);
      expect(tallies.reduce((n, x) => n + x.done, 0)).toBe(c.byType.find((r) => r.schoolTypeGroup === type)!.tally.done);
    }
    expect(c.schoolsOverdue.map((s) => s.urn)).toEqual(expect.arrayContaining([990001, 990004, 990010]));
    expect(c.trend.length).toBe(c.byType.length);
    const csv = await ok<{ governanceCompletionCsv: string }>('{ governanceCompletionCsv }', {}, tokens.officer);
    expect(csv.governanceCompletionCsv.split('\r\n')[0]).toMatch(/^urn,school,type,rag/);
    expect(csv.governanceCompletionCsv.split('\r\n').filter(Boolean)).toHaveLength(birminghamSchools + 1);
  });

  it('stores a DBS number encrypted, shows it to the school and the managers, never to officers or HMI', async () => {
    const { recordAppointment } = await ok<{ recordAppointment: { id: string; rag: string } }>(
      APPOINT,
      { input: { schoolId: school[990002], person: { fullName: 'Nadia Okoro', dateOfBirth: '1979-02-02' }, role: 'LOCAL_GOVERNOR', trustName: 'Saltley Learning Trust', appointedOn: today } },
      tokens.clerk2,
    );
    expect(recordAppointment.rag).toBe('AMBER');
    const recorded = await ok<{ recordSuitabilityCheck: { hasReference: boolean; reference: string | null } }>(
      CHECK,
      { input: { appointmentId: recordAppointment.id, kind: 'ENHANCED_DBS', doneOn: today, checkedBy: 'HR', outcome: 'CLEAR', reference: '001234567899' } },
      tokens.clerk2,
    );
    expect(recorded.recordSuitabilityCheck).toMatchObject({ hasReference: true, reference: null });
    const raw = await t.db.query<{ reference_encrypted: string }>(
      "SELECT reference_encrypted FROM governance_checks WHERE reference_encrypted IS NOT NULL",
    );
    expect(raw.length).toBeGreaterThan(0);
    expect(raw.some((r) => r.reference_encrypted.includes('001234567899'))).toBe(false);
    expect(JSON.stringify(await t.db.query("SELECT details FROM audit_events WHERE action = 'governance.record_check'"))).not.toContain('001234567899');

    const referenceAs = async (token: string) =>
      (await governance(990002, token)).appointments.find((a) => a.id === recordAppointment.id)!.records.find((r) => r.kind === 'ENHANCED_DBS')!;
    expect((await referenceAs(tokens.clerk2)).reference).toBe('001234567899');
    expect((await referenceAs(tokens.head2)).reference).toBe('001234567899');
    expect((await referenceAs(tokens.manager)).reference).toBe('001234567899');
    expect(await referenceAs(tokens.officer)).toEqual({ kind: 'ENHANCED_DBS', hasReference: true, reference: null });
    expect(await referenceAs(tokens.hmi)).toEqual({ kind: 'ENHANCED_DBS', hasReference: true, reference: null });
  });

  it('lets schools keep only their own record and the council record only for maintained schools', async () => {
    expect((await t.gql(GOVERNANCE, { id: school[990002] }, tokens.head1)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(GOVERNANCE, { id: school[990002] }, tokens.bradford)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(GOVERNANCE, { id: school[990002] }, tokens.admin)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const input = (urn: number, role: string, extra: Record<string, unknown> = {}) => ({
      input: { schoolId: school[urn], person: { fullName: `Person ${Math.random().toString(36).slice(2, 7)}` }, role, appointedOn: today, ...extra },
    });
    expect((await t.gql(APPOINT, input(990002, 'TRUSTEE', { trustName: 'Saltley Learning Trust' }), tokens.officer)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(APPOINT, input(990001, 'GOVERNOR', { governorCategory: 'PARENT' }), tokens.officer)).errors).toBeUndefined();
    expect((await t.gql(APPOINT, input(990001, 'GOVERNOR', { governorCategory: 'PARENT' }), tokens.hmi)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // Someone who also governs another school: only one who records for both may change a fact about them.
    const shared = await ok<{ recordAppointment: { id: string } }>(APPOINT, {
      input: { schoolId: school[990002], person: { fullName: 'Grace Bello', dateOfBirth: '1978-04-12' }, role: 'LOCAL_GOVERNOR', trustName: 'Saltley Learning Trust', appointedOn: today },
    }, tokens.clerk2);
    const tamper = await t.gql('mutation($input: UpdateAppointmentInput!) { updateAppointment(input: $input) { id } }', {
      input: { appointmentId: shared.recordAppointment.id, livedOrWorkedAbroad: true, isChair: null },
    }, tokens.clerk2);
    expect(tamper.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // A headteacher names a governance clerk for their own school, and nothing else.
    const invite = (schoolId: string, role: string) =>
      t.gql('mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }', {
        input: { email: `clerk${Math.random().toString(36).slice(2, 7)}@demo.test`, displayName: 'New Clerk', role, schoolId },
      }, tokens.head1);
    expect((await invite(school[990001], 'GOVERNANCE_CLERK')).errors).toBeUndefined();
    expect((await invite(school[990002], 'GOVERNANCE_CLERK')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await invite(school[990001], 'DSL')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('reminds the school of checks falling due and escalates overdue ones to the council, once, across a worker restart', async () => {
    // A new trustee at Saltley Park: every check falls due within 21 days.
    await ok(APPOINT, { input: { schoolId: school[990002], person: { fullName: 'Omar Haddad' }, role: 'TRUSTEE', trustName: 'Saltley Learning Trust', appointedOn: addDays(today, -10) } }, tokens.clerk2);
    const count = async (kind: string, email: string) =>
      (await t.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM notifications n JOIN users u ON u.id = n.recipient_id WHERE n.kind = $1 AND u.email = $2 AND n.link = $3`,
        [kind, email, `/schools/${school[990002]}/governance`],
      ))[0].n;
    const first = await t.startWorker();
    await Promise.all([first.get(GovernanceAlertsService).sweep(), first.get(GovernanceAlertsService).sweep()]);
    expect(await count('governance.checks_due', 'clerk2@demo.test')).toBe(1);
    expect(await count('governance.checks_due', 'head2@demo.test')).toBe(1);
    expect(await count('governance.checks_overdue', 'officer@demo.test')).toBe(1);
    expect(await count('governance.checks_overdue', 'manager@demo.test')).toBe(1);
    await first.close();
    const second = await t.startWorker();
    expect(await second.get(GovernanceAlertsService).sweep()).toEqual({ reminders: 0, escalations: 0 });
    expect(await count('governance.checks_due', 'clerk2@demo.test')).toBe(1);
    expect(await count('governance.checks_overdue', 'officer@demo.test')).toBe(1);
    // Each item is on record once.
    const [{ dupes }] = await t.db.query<{ dupes: number }>(
      'SELECT count(*)::int AS dupes FROM (SELECT 1 FROM governance_alerts GROUP BY appointment_id, "check", due_on, level HAVING count(*) > 1) d',
    );
    expect(dupes).toBe(0);
  });
});
