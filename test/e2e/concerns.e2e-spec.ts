import { io, Socket } from 'socket.io-client';
import { addDays, londonToday } from '@safeguard/calendar';
import { ConcernEscalationService } from '@safeguard/concerns';
import { startTestApp, TestApp } from '../support/test-app';

const CONCERN_FIELDS = `id reference status outcome decisionDueAt hoursUntilDecisionDue decisionOverdue immediateRisk childId categories
  decisions { id status outcome needsSignOff signOffVerdict decidedById }`;
const SAVE = `mutation($input: SaveConcernDraftInput!) { saveConcernDraft(input: $input) { ${CONCERN_FIELDS} } }`;
const SUBMIT = `mutation($id: ID!) { submitConcern(input: { concernId: $id }) { ${CONCERN_FIELDS} } }`;
const READ = `query($id: ID!) { concern(id: $id) { ${CONCERN_FIELDS} } }`;
const DECIDE = 'mutation($input: DecideConcernInput!) { decideConcern(input: $input) { id status needsSignOff outcome } }';
const SIGN_OFF = 'mutation($input: SignOffDecisionInput!) { signOffConcernDecision(input: $input) { id status signOffVerdict changeReason } }';

interface Concern {
  id: string;
  reference: string;
  status: string;
  outcome: string | null;
  decisionDueAt: string | null;
  hoursUntilDecisionDue: number | null;
  decisionOverdue: boolean;
  immediateRisk: boolean;
  childId: string | null;
  categories: string[];
  decisions: Array<{ id: string; status: string; outcome: string; needsSignOff: boolean; signOffVerdict: string | null; decidedById: string }> | null;
}

const today = londonToday();
const newChild = () => ({
  legalFirstName: `Concern${Math.random().toString(36).slice(2, 7)}`,
  legalLastName: 'Child',
  dateOfBirth: '2014-03-03',
  sex: 'MALE',
  postcode: 'B8 2AA',
});
const completeConcern = (extra: Record<string, unknown> = {}) => ({
  child: newChild(),
  categories: ['NEGLECT'],
  account: 'He arrived hungry again and said there was no food at home at the weekend.',
  occurredOn: today,
  occurredTime: '08:45',
  actionTaken: 'Breakfast club place given; spoke to mum at pick-up.',
  childOrFamilyTold: true,
  ...extra,
});
const decision = (extra: Record<string, unknown> = {}) => ({
  outcome: 'EARLY_HELP',
  thresholdLevel: 'ADDITIONAL_NEEDS',
  criteria: ['Basic care needs not consistently met'],
  rationale: 'Needs are additional rather than complex; the family is engaging with school.',
  ...extra,
});

describe('safeguarding concerns and the front door', () => {
  let t: TestApp;
  let tokens: Record<'dsl' | 'head2' | 'officer' | 'manager' | 'hmi' | 'admin' | 'bradford', string>;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    tokens = {
      dsl: await t.login('dsl1@demo.test'),
      head2: await t.login('head2@demo.test'),
      officer: await t.login('officer@demo.test'),
      manager: await t.login('manager@demo.test'),
      hmi: await t.login('hmi@demo.test'),
      admin: await t.login('admin@demo.test'),
      bradford: await t.login('officer.bradford@demo.test'),
    };
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
  const file = async (extra: Record<string, unknown> = {}, token = tokens.dsl): Promise<Concern> => {
    const { saveConcernDraft } = await ok<{ saveConcernDraft: Concern }>(SAVE, { input: completeConcern(extra) }, token);
    return (await ok<{ submitConcern: Concern }>(SUBMIT, { id: saveConcernDraft.id }, token)).submitConcern;
  };
  const connect = (token: string) =>
    new Promise<Socket>((resolve, reject) => {
      const socket = io(t.url, { auth: { token }, transports: ['websocket'], reconnection: false });
      sockets.push(socket);
      socket.on('connect', () => resolve(socket));
      socket.on('connect_error', reject);
    });

  it('seeds the demo with concerns at every stage, some overdue', async () => {
    const rows = await t.db.query<{ status: string; n: number }>('SELECT status::text, count(*)::int AS n FROM concerns GROUP BY 1');
    expect(rows.map((r) => r.status).sort()).toEqual(['AWAITING_DECISION', 'AWAITING_SIGN_OFF', 'DECIDED', 'DRAFT']);
    const [late] = await t.db.query<{ decisions: number; signOffs: number }>(
      `SELECT (SELECT count(*)::int FROM concerns WHERE status = 'AWAITING_DECISION' AND decision_due_at < now()) AS decisions,
              (SELECT count(*)::int FROM concern_decisions WHERE status = 'AWAITING_SIGN_OFF' AND sign_off_due_at < now()) AS "signOffs"`,
    );
    expect(late.decisions).toBeGreaterThan(0);
    expect(late.signOffs).toBeGreaterThan(0);
  });

  it('shows a concern in the child’s chronology to the school that raised it, never to the child’s next school', async () => {
    const filed = await file();
    const chronologyAs = async (token: string) =>
      (
        await ok<{ child: { chronology: { edges: Array<{ node: { kind: string } }> } } }>(
          'query($id: ID!) { child(id: $id) { chronology(first: 50) { edges { node { kind } } } } }', { id: filed.childId }, token,
        )
      ).child.chronology.edges.map((e) => e.node.kind);
    expect(await chronologyAs(tokens.dsl)).toContain('concern.submitted');
    // The child moves to Saltley Park: its headteacher reads the record, but not Alder Road's concern.
    await t.db.query("UPDATE children SET school_id = (SELECT id FROM schools WHERE urn = 990002) WHERE id = $1", [filed.childId]);
    const seenByNextSchool = await chronologyAs(tokens.head2);
    expect(seenByNextSchool).toContain('child.added');
    expect(seenByNextSchool.some((k) => k.startsWith('concern.'))).toBe(false);
    expect(await chronologyAs(tokens.hmi)).toContain('concern.submitted');
  });

  it('runs the whole route: a DSL files, an unqualified officer decides, a manager signs off, the DSL sees the outcome', async () => {
    const filed = await file();
    expect(filed).toMatchObject({ status: 'AWAITING_DECISION', outcome: null, decisions: null, decisionOverdue: false });
    expect(filed.reference).toMatch(/^SC-\d+$/);
    expect(filed.hoursUntilDecisionDue).toBeGreaterThan(0);

    // The officer is marked unqualified: the decision is recorded but not in effect.
    const { decideConcern } = await ok<{ decideConcern: { id: string; status: string; needsSignOff: boolean } }>(
      DECIDE, { input: { concernId: filed.id, ...decision() } }, tokens.officer,
    );
    expect(decideConcern).toMatchObject({ status: 'AWAITING_SIGN_OFF', needsSignOff: true });
    const pending = (await ok<{ concern: Concern }>(READ, { id: filed.id }, tokens.dsl)).concern;
    expect(pending).toMatchObject({ status: 'AWAITING_SIGN_OFF', outcome: null, decisions: null });

    // The manager's queue shows it, with its age.
    const queue = await ok<{ signOffQueue: { edges: Array<{ node: { id: string; hoursWaiting: number; concern: { id: string } } }> } }>(
      '{ signOffQueue(first: 100) { edges { node { id hoursWaiting concern { id } } } } }', {}, tokens.manager,
    );
    expect(queue.signOffQueue.edges.find((e) => e.node.id === decideConcern.id)?.node).toMatchObject({ hoursWaiting: 0, concern: { id: filed.id } });

    const signed = await ok<{ signOffConcernDecision: { status: string; signOffVerdict: string } }>(
      SIGN_OFF, { input: { decisionId: decideConcern.id, verdict: 'AGREE' } }, tokens.manager,
    );
    expect(signed.signOffConcernDecision).toMatchObject({ status: 'IN_EFFECT', signOffVerdict: 'AGREE' });

    const seen = (await ok<{ concern: Concern }>(READ, { id: filed.id }, tokens.dsl)).concern;
    expect(seen).toMatchObject({ status: 'DECIDED', outcome: 'EARLY_HELP' });
    const notes = await ok<{ notifications: { edges: Array<{ node: { kind: string; link: string } }> } }>(
      '{ notifications(first: 50) { edges { node { kind link } } } }', {}, tokens.dsl,
    );
    expect(notes.notifications.edges.map((e) => e.node)).toContainEqual({ kind: 'concern.outcome', link: `/concerns/${filed.id}` });

    // The council and HMI see every decision; the child's chronology shows each step.
    const full = (await ok<{ concern: Concern }>(READ, { id: filed.id }, tokens.hmi)).concern;
    expect(full.decisions).toEqual([expect.objectContaining({ status: 'IN_EFFECT', outcome: 'EARLY_HELP', signOffVerdict: 'AGREE' })]);
    const chronology = await ok<{ child: { chronology: { edges: Array<{ node: { kind: string } }> } } }>(
      'query($id: ID!) { child(id: $id) { chronology(first: 50) { edges { node { kind } } } } }', { id: filed.childId }, tokens.officer,
    );
    expect(chronology.child.chronology.edges.map((e) => e.node.kind)).toEqual(
      expect.arrayContaining(['child.added', 'concern.submitted', 'concern.decided', 'concern.signed_off']),
    );

    // Another school, ADMIN and another authority read nothing.
    expect((await t.gql(READ, { id: filed.id }, tokens.head2)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(READ, { id: filed.id }, tokens.bradford)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(READ, { id: filed.id }, tokens.admin)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a manager signing off their own decision, and records a change at sign-off with its reason', async () => {
    const filed = await file({ categories: ['EMOTIONAL_ABUSE'] });
    const { decideConcern } = await ok<{ decideConcern: { id: string } }>(DECIDE, { input: { concernId: filed.id, ...decision() } }, tokens.officer);
    // The officer is promoted to manager while the decision waits: still not theirs to sign off.
    const [{ id: membership }] = await t.db.query<{ id: string }>(
      `INSERT INTO memberships (user_id, role, local_authority_id, unqualified)
       SELECT u.id, 'LA_MANAGER', la.id, false FROM users u, local_authorities la
        WHERE u.email = 'officer@demo.test' AND la.code = '330' RETURNING id`,
    );
    try {
      const own = await t.gql(SIGN_OFF, { input: { decisionId: decideConcern.id, verdict: 'AGREE' } }, await t.login('officer@demo.test'));
      expect(own.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_DECISION' });
    } finally {
      await t.db.query('DELETE FROM memberships WHERE id = $1', [membership]);
    }
    const [{ n: refusals }] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_events WHERE action = 'mutation.signOffConcernDecision' AND outcome = 'DENIED'",
    );
    expect(refusals).toBeGreaterThan(0);

    // Changing needs a reason; with one, the manager's decision replaces the officer's.
    const noReason = await t.gql(SIGN_OFF, { input: { decisionId: decideConcern.id, verdict: 'CHANGE', replacement: decision({ outcome: 'CHILDRENS_SOCIAL_CARE', thresholdLevel: 'COMPLEX_NEEDS' }) } }, tokens.manager);
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'changeReason' });
    const changed = await ok<{ signOffConcernDecision: { status: string; changeReason: string } }>(
      SIGN_OFF,
      {
        input: {
          decisionId: decideConcern.id,
          verdict: 'CHANGE',
          changeReason: 'Emotional harm is persistent; needs an assessment, not early help.',
          replacement: decision({ outcome: 'CHILDRENS_SOCIAL_CARE', thresholdLevel: 'COMPLEX_NEEDS' }),
        },
      },
      tokens.manager,
    );
    expect(changed.signOffConcernDecision.status).toBe('CHANGED_AT_SIGN_OFF');
    const after = (await ok<{ concern: Concern }>(READ, { id: filed.id }, tokens.officer)).concern;
    expect(after.outcome).toBe('CHILDRENS_SOCIAL_CARE');
    expect(after.decisions!.map((d) => d.status)).toEqual(['CHANGED_AT_SIGN_OFF', 'IN_EFFECT']);
  });

  it('refuses an empty rationale or no criteria, and leaves the concern waiting', async () => {
    const filed = await file();
    for (const [bad, field] of [[{ rationale: '   ' }, 'rationale'], [{ criteria: [' '] }, 'criteria'], [{ outcome: 'STRATEGY_DISCUSSION' }, 'thresholdLevel']] as const) {
      const result = await t.gql(DECIDE, { input: { concernId: filed.id, ...decision(bad) } }, tokens.manager);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const still = (await ok<{ concern: Concern }>(READ, { id: filed.id }, tokens.manager)).concern;
    expect(still).toMatchObject({ status: 'AWAITING_DECISION', decisions: [] });
    // A manager's decision takes effect at once; a second decision is refused.
    await ok(DECIDE, { input: { concernId: filed.id, ...decision({ outcome: 'NO_FURTHER_ACTION', thresholdLevel: 'UNIVERSAL' }) } }, tokens.manager);
    expect((await ok<{ concern: Concern }>(READ, { id: filed.id }, tokens.dsl)).concern.outcome).toBe('NO_FURTHER_ACTION');
    const again = await t.gql(DECIDE, { input: { concernId: filed.id, ...decision() } }, tokens.officer);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'WRONG_STATUS' });
  });

  it('refuses an incomplete submission, keeps drafts private, and never edits a submitted concern', async () => {
    const { saveConcernDraft: draft } = await ok<{ saveConcernDraft: Concern }>(SAVE, { input: { categories: ['RADICALISATION'], child: newChild() } }, tokens.dsl);
    expect(draft.status).toBe('DRAFT');
    let result = await t.gql(SUBMIT, { id: draft.id }, tokens.dsl);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INCOMPLETE', field: 'account' });
    await ok(SAVE, { input: { ...completeConcern({ categories: ['RADICALISATION'], child: undefined }), concernId: draft.id } }, tokens.dsl);
    result = await t.gql(SUBMIT, { id: draft.id }, tokens.dsl);
    expect(result.errors?.[0].extensions).toMatchObject({ reason: 'INCOMPLETE', field: 'prevent.howConcernArose' });
    await ok(SAVE, { input: { concernId: draft.id, immediateRisk: true, prevent: { howConcernArose: 'Said in class', indicators: 'Shares extremist videos' } } }, tokens.dsl);
    result = await t.gql(SUBMIT, { id: draft.id }, tokens.dsl);
    expect(result.errors?.[0].extensions).toMatchObject({ reason: 'INCOMPLETE', field: 'riskCall' });

    // Nobody else sees a draft, not even the council.
    expect((await t.gql(READ, { id: draft.id }, tokens.officer)).errors?.[0].extensions?.code).toBe('NOT_FOUND');

    await ok(SAVE, { input: { concernId: draft.id, riskCall: { to: 'Police (999)', at: new Date().toISOString(), outcome: 'Officers attending school.' } } }, tokens.dsl);
    const submitted = (await ok<{ submitConcern: Concern }>(SUBMIT, { id: draft.id }, tokens.dsl)).submitConcern;
    expect(submitted).toMatchObject({ status: 'AWAITING_DECISION', immediateRisk: true });
    result = await t.gql(SAVE, { input: { concernId: draft.id, account: 'Rewritten afterwards' } }, tokens.dsl);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_SUBMITTED' });

    const added = await ok<{ addToConcern: { id: string } }>(
      'mutation($input: AddToConcernInput!) { addToConcern(input: $input) { id } }',
      { input: { concernId: draft.id, text: 'His brother says he has been going to meetings after school.' } },
      tokens.dsl,
    );
    const [{ n }] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_events WHERE action = 'concerns.add_to' AND details->>'additionId' = $1",
      [added.addToConcern.id],
    );
    expect(n).toBe(1);
    const hmiAdd = await t.gql('mutation($input: AddToConcernInput!) { addToConcern(input: $input) { id } }', { input: { concernId: draft.id, text: 'HMI cannot add' } }, tokens.hmi);
    expect(hmiAdd.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('puts an immediate risk at the front of the queue and on the council team’s screens at once', async () => {
    const officer = await connect(tokens.officer);
    const bradford = await connect(tokens.bradford);
    const bradfordSaw: unknown[] = [];
    bradford.onAny((event, payload) => bradfordSaw.push({ event, payload }));
    const live = new Promise<{ kind: string; link: string }>((resolve) =>
      officer.on('notification', (n: { kind: string; link: string }) => n.kind === 'concern.immediate_risk' && resolve(n)),
    );
    const queued = new Promise<{ concernId: string; immediateRisk: boolean }>((resolve) =>
      officer.on('concern.submitted', (e: { concernId: string; immediateRisk: boolean }) => e.immediateRisk && resolve(e)),
    );
    await file();
    const urgent = await file({
      categories: ['PHYSICAL_ABUSE'],
      immediateRisk: true,
      riskCall: { to: 'Police (999)', at: new Date().toISOString(), outcome: 'Police attending; child kept at school.' },
    });
    expect(await live).toMatchObject({ link: `/concerns/${urgent.id}` });
    expect(await queued).toMatchObject({ concernId: urgent.id });
    // An e-mail copy waits in the outbox for each of the team.
    const [{ n: emails }] = await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM outbox_messages WHERE body LIKE '%' || $1 || '%'", [urgent.id]);
    expect(emails).toBeGreaterThanOrEqual(2);

    const { frontDoorQueue } = await ok<{ frontDoorQueue: { edges: Array<{ node: { id: string; immediateRisk: boolean; submittedAt: string } }> } }>(
      '{ frontDoorQueue(first: 100) { edges { node { id immediateRisk submittedAt } } } }', {}, tokens.officer,
    );
    const nodes = frontDoorQueue.edges.map((e) => e.node);
    const firstRoutine = nodes.findIndex((n) => !n.immediateRisk);
    expect(nodes.slice(firstRoutine).every((n) => !n.immediateRisk)).toBe(true);
    expect(nodes.slice(0, firstRoutine).map((n) => n.id)).toContain(urgent.id);
    const dashboard = await ok<{ frontDoorDashboard: { waiting: number; waitingImmediateRisk: number; longestWaitHours: number } }>(
      '{ frontDoorDashboard { waiting waitingImmediateRisk longestWaitHours } }', {}, tokens.hmi,
    );
    expect(dashboard.frontDoorDashboard.waiting).toBe(nodes.length);
    expect(dashboard.frontDoorDashboard.waitingImmediateRisk).toBeGreaterThanOrEqual(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(bradfordSaw).toEqual([]);
  });

  it('escalates a missed decision deadline to the managers exactly once, across a worker restart', async () => {
    const filed = await file();
    await t.db.query("UPDATE concern_deadlines SET due_at = now() - interval '1 hour' WHERE concern_id = $1", [filed.id]);
    await t.db.query("UPDATE concerns SET decision_due_at = now() - interval '1 hour' WHERE id = $1", [filed.id]);
    const count = async () =>
      (await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM notifications WHERE kind = 'concern.escalated' AND link = $1", [`/concerns/${filed.id}`]))[0].n;

    const first = await t.startWorker();
    // The worker sweeps at start; two concurrent sweeps must not double it either.
    await Promise.all([first.get(ConcernEscalationService).sweep(), first.get(ConcernEscalationService).sweep()]);
    expect(await count()).toBe(1);
    await first.close();
    const second = await t.startWorker();
    expect(await second.get(ConcernEscalationService).sweep()).toBe(0);
    expect(await count()).toBe(1);
    const overdue = (await ok<{ concern: Concern }>(READ, { id: filed.id }, tokens.manager)).concern;
    expect(overdue.decisionOverdue).toBe(true);
    expect(overdue.hoursUntilDecisionDue).toBeLessThan(0);
  });

  it('records Prevent referrals and their Channel outcome, and counts them in the measures', async () => {
    const filed = await file({ categories: ['RADICALISATION'], prevent: { howConcernArose: 'Essay in RE', indicators: 'Expressed support for a proscribed group' } });
    await ok(DECIDE, { input: { concernId: filed.id, ...decision({ outcome: 'PREVENT_REFERRAL', thresholdLevel: 'COMPLEX_NEEDS', criteria: ['Vulnerable to radicalisation'] }) } }, tokens.manager);
    await ok(
      'mutation($input: RecordChannelOutcomeInput!) { recordChannelOutcome(input: $input) { id channelOutcome } }',
      { input: { concernId: filed.id, outcome: 'ADOPTED', decidedOn: today } },
      tokens.officer,
    );
    const { concernMeasures: m } = await ok<{ concernMeasures: Record<string, unknown> & { channelOutcomes: Array<{ outcome: string | null; count: number }> } }>(
      `query($from: String, $to: String) { concernMeasures(from: $from, to: $to) {
         contactsReceived decisionsDue decidedWithinOneWorkingDay preventReferrals changedAtSignOff channelOutcomes { outcome count } } }`,
      { from: addDays(today, -1), to: today },
      tokens.hmi,
    );
    expect(m.contactsReceived).toBeGreaterThanOrEqual(6);
    expect(m.preventReferrals).toBeGreaterThanOrEqual(1);
    expect(m.changedAtSignOff).toBeGreaterThanOrEqual(1);
    expect(m.channelOutcomes).toContainEqual({ outcome: 'ADOPTED', count: 1 });
    expect((await t.gql('{ concernMeasures { contactsReceived } }', {}, tokens.dsl)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
