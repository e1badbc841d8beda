import { DataSource } from 'typeorm';
import { addDays, defaultTermOf, londonToday, termLabel } from '@safeguard/calendar';
import { seedPreventDemo } from '../../libs/demo/src/demo-prevent';
import { schoolYearOf } from '../../libs/governance/src/prevent/prevent-rules';
import { SafeguardingReturnsService } from '../../libs/governance/src/returns/safeguarding-returns.service';
import { startTestApp, TestApp } from '../support/test-app';
import { asSystem } from '../support/as-system';

const today = londonToday();
const term = defaultTermOf(today);

const DUTY = `query($id: ID!) { preventDuty(schoolId: $id) {
  schoolId schoolYear riskAssessmentCurrent dslTrained untrainedDsls staffTrained staffHeadcount staffHeadcountSource shareOfStaffTrained
  riskAssessment { schoolYear overallRating staffHeadcount reviewedOn riskAssessment { rating actions } onlineSafety { rating actions } }
  dsls { name trained lastTrainedOn refreshDueOn }
  trainingRecords(first: 50) { edges { node { staffName isDsl userId trainedOn course } } }
  preventReferrals { count referredToPrevent concerns { concernId outcome channelOutcome } }
  currentReturn { termLabel staffHeadcount submittedByName }
  returnSuggestion { staffHeadcount staffPreventTrained preventReferrals }
} }`;
const RECORD_ASSESSMENT = 'mutation($input: RecordPreventRiskAssessmentInput!) { recordPreventRiskAssessment(input: $input) { id schoolYear overallRating } }';
const RECORD_TRAINING = 'mutation($input: RecordPreventTrainingInput!) { recordPreventTraining(input: $input) { id staffName isDsl userId } }';
const SUBMIT = 'mutation($input: SubmitSafeguardingReturnInput!) { submitSafeguardingReturn(input: $input) { id termLabel termStartsOn submittedByName } }';
const CHASE = 'mutation($input: ChaseSafeguardingReturnInput!) { chaseSafeguardingReturn(input: $input) { id recipients } }';
const RETURNS = `query($la: ID, $returned: Boolean) { safeguardingReturns(localAuthorityId: $la) {
  termLabel termStartsOn schoolCount returned missing byType { typeGroup schools returned } totals { staffHeadcount preventReferrals }
  schools(first: 20, returned: $returned) { edges { node { urn schoolName typeGroup returned submittedAt timesChased safeguardingReturn { staffHeadcount deletionsFromRoll } } } }
} }`;

interface Duty {
  schoolId: string;
  schoolYear: string;
  riskAssessmentCurrent: boolean;
  dslTrained: boolean;
  untrainedDsls: string[];
  staffTrained: number;
  staffHeadcount: number | null;
  staffHeadcountSource: string | null;
  shareOfStaffTrained: number | null;
  riskAssessment: { schoolYear: string; overallRating: string; staffHeadcount: number; reviewedOn: string; riskAssessment: { rating: string; actions: string }; onlineSafety: { rating: string } } | null;
  dsls: Array<{ name: string; trained: boolean; lastTrainedOn: string | null; refreshDueOn: string | null }>;
  trainingRecords: { edges: Array<{ node: { staffName: string; isDsl: boolean; userId: string | null; trainedOn: string; course: string } }> };
  preventReferrals: { count: number; referredToPrevent: number; concerns: Array<{ concernId: string; outcome: string | null }> };
  currentReturn: { termLabel: string; staffHeadcount: number; submittedByName: string | null } | null;
  returnSuggestion: { staffHeadcount: number | null; staffPreventTrained: number; preventReferrals: number };
}
interface Returns {
  termLabel: string;
  termStartsOn: string;
  schoolCount: number;
  returned: number;
  missing: number;
  byType: Array<{ typeGroup: string; schools: number; returned: number }>;
  totals: { staffHeadcount: number; preventReferrals: number };
  schools: { edges: Array<{ node: { urn: number; schoolName: string; typeGroup: string; returned: boolean; submittedAt: string | null; timesChased: number; safeguardingReturn: { staffHeadcount: number } | null } }> };
}

const theme = (rating: string, actions: string) => ({ rating, actions });
const assessment = (extra: Record<string, unknown> = {}) => ({
  riskAssessment: theme('MEDIUM', 'Local risk profile from the Prevent lead discussed with governors.'),
  partnership: theme('LOW', 'Termly meeting with the Prevent lead.'),
  staffTraining: theme('MEDIUM', 'Two new staff to complete the e-learning this half term.'),
  onlineSafety: theme('LOW', 'Filtering and monitoring reviewed against the DfE standards.'),
  overallRating: 'MEDIUM',
  staffHeadcount: 40,
  reviewedOn: today,
  ...extra,
});
const figures = (extra: Record<string, unknown> = {}) => ({
  governanceChecksComplete: true,
  staffHeadcount: 40,
  staffPreventTrained: 31,
  deletionsFromRoll: 4,
  deletionsWithKnownDestination: 3,
  preventReferrals: 1,
  ...extra,
});

describe('the Prevent duty record and the termly safeguarding return', () => {
  let t: TestApp;
  let tokens: Record<'head1' | 'dsl1' | 'head2' | 'admin' | 'officer' | 'manager' | 'hmi' | 'bradford', string>;
  let alderRoad: string;
  let birmingham: string;
  let devDsl: string;

  beforeAll(async () => {
    t = await startTestApp();
    // The demo's Prevent records, whether or not the seeder has already written them.
    await asSystem(t.app.get(DataSource)).transaction((manager) => seedPreventDemo(manager, today));
    tokens = {
      head1: await t.login('head1@demo.test'),
      dsl1: await t.login('dsl1@demo.test'),
      head2: await t.login('head2@demo.test'),
      admin: await t.login('admin@demo.test'),
      officer: await t.login('officer@demo.test'),
      manager: await t.login('manager@demo.test'),
      hmi: await t.login('hmi@demo.test'),
      bradford: await t.login('officer.bradford@demo.test'),
    };
    [{ id: alderRoad }] = await t.db.query<{ id: string }>('SELECT id FROM schools WHERE urn = 990001');
    [{ id: birmingham }] = await t.db.query<{ id: string }>(`SELECT id FROM local_authorities WHERE code = '330'`);
    [{ id: devDsl }] = await t.db.query<{ id: string }>(`SELECT id FROM users WHERE email = 'dsl1@demo.test'`);
  });
  afterAll(() => t.close());

  const ok = async <T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
    const result = await t.gql<T>(query, variables, token);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const refused = async (query: string, variables: Record<string, unknown>, token: string | undefined, code: string) => {
    const result = await t.gql(query, variables, token);
    expect(result.errors?.[0].extensions?.code).toBe(code);
    return result;
  };
  const duty = async (token: string) => (await ok<{ preventDuty: Duty }>(DUTY, { id: alderRoad }, token)).preventDuty;
  const count = async (table: string) => (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE school_id = $1`, [alderRoad]))[0].n;

  it('records a school’s risk assessment and staff training and reads them back; a second assessment that year replaces the first', async () => {
    const recorded = await ok<{ recordPreventRiskAssessment: { id: string; schoolYear: string } }>(RECORD_ASSESSMENT, { input: assessment() }, tokens.head1);
    expect(recorded.recordPreventRiskAssessment.schoolYear).toBe(schoolYearOf(today));

    const again = await ok<{ recordPreventRiskAssessment: { id: string; overallRating: string } }>(
      RECORD_ASSESSMENT,
      { input: assessment({ schoolId: alderRoad, overallRating: 'HIGH', onlineSafety: theme('HIGH', 'Monitoring alerts were not being read; now daily.') }) },
      tokens.dsl1,
    );
    expect(again.recordPreventRiskAssessment).toMatchObject({ id: recorded.recordPreventRiskAssessment.id, overallRating: 'HIGH' });
    // The last change's audit keeps what it said before and after (the demo may have recorded this year's first).
    const [audit] = await t.db.query<{ details: { before: { overallRating: string }; after: { overallRating: string } } }>(
      `SELECT details FROM audit_events WHERE action = 'prevent.update_risk_assessment' AND entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [recorded.recordPreventRiskAssessment.id],
    );
    expect(audit.details.before.overallRating).toBe('MEDIUM');
    expect(audit.details.after.overallRating).toBe('HIGH');

    await ok(RECORD_TRAINING, { input: { staffName: 'Rosa Quinn', staffRole: 'Class teacher', trainedOn: addDays(today, -3), course: 'Prevent awareness e-learning' } }, tokens.dsl1);

    const read = await duty(tokens.head1);
    expect(read.riskAssessment).toMatchObject({
      schoolYear: schoolYearOf(today), overallRating: 'HIGH', staffHeadcount: 40, reviewedOn: today,
      riskAssessment: { rating: 'MEDIUM', actions: 'Local risk profile from the Prevent lead discussed with governors.' }, onlineSafety: { rating: 'HIGH' },
    });
    expect(read.riskAssessmentCurrent).toBe(true);
    expect(read.trainingRecords.edges.map((e) => e.node)).toContainEqual({
      staffName: 'Rosa Quinn', isDsl: false, userId: null, trainedOn: addDays(today, -3), course: 'Prevent awareness e-learning',
    });
    // Alder Road has made no return this term, so the headcount is the risk assessment's.
    expect(read.staffHeadcountSource).toBe('RISK_ASSESSMENT');
    expect(read.staffHeadcount).toBe(40);
    expect(read.shareOfStaffTrained).toBeCloseTo(read.staffTrained / 40, 3);
    expect(read.returnSuggestion).toMatchObject({ staffHeadcount: 40, staffPreventTrained: read.staffTrained });
    // Adam's radicalisation concern, referred to Prevent by the council, is among the school's referrals.
    expect(read.preventReferrals.referredToPrevent).toBeGreaterThanOrEqual(1);
    expect(read.preventReferrals.concerns.some((c) => c.outcome === 'PREVENT_REFERRAL')).toBe(true);
  });

  it('refuses a review date in the future, a school year that does not fit it, and training with no name', async () => {
    const future = await refused(RECORD_ASSESSMENT, { input: assessment({ reviewedOn: addDays(today, 1) }) }, tokens.head1, 'BAD_USER_INPUT');
    expect(future.errors?.[0].extensions?.field).toBe('reviewedOn');
    const year = await refused(RECORD_ASSESSMENT, { input: assessment({ schoolYear: '2001/02' }) }, tokens.head1, 'BAD_USER_INPUT');
    expect(year.errors?.[0].extensions?.field).toBe('schoolYear');
    const nameless = await refused(RECORD_TRAINING, { input: { staffRole: 'Cook', trainedOn: today, course: 'Prevent e-learning' } }, tokens.head1, 'BAD_USER_INPUT');
    expect(nameless.errors?.[0].extensions?.field).toBe('staffName');
  });

  it('flags the DSL as untrained until a training record linked to them exists', async () => {
    const before = await duty(tokens.dsl1);
    expect(before.dslTrained).toBe(false);
    expect(before.untrainedDsls).toEqual(['Dev DSL (Alder Road)']);

    // A record marked as the DSL's but not linked to an account does not say which DSL was trained.
    await ok(RECORD_TRAINING, { input: { staffName: 'Dev', staffRole: 'DSL', isDsl: true, trainedOn: today, course: 'Prevent for DSLs' } }, tokens.head1);
    expect((await duty(tokens.dsl1)).dslTrained).toBe(false);

    const linked = await ok<{ recordPreventTraining: { staffName: string; isDsl: boolean; userId: string } }>(
      RECORD_TRAINING,
      { input: { userId: devDsl, staffRole: 'Designated safeguarding lead', trainedOn: addDays(today, -1), course: 'Prevent awareness for DSLs' } },
      tokens.head1,
    );
    expect(linked.recordPreventTraining).toMatchObject({ staffName: 'Dev DSL (Alder Road)', isDsl: true, userId: devDsl });
    const after = await duty(tokens.dsl1);
    expect(after.dslTrained).toBe(true);
    expect(after.untrainedDsls).toEqual([]);
    expect(after.dsls).toEqual([{ name: 'Dev DSL (Alder Road)', trained: true, lastTrainedOn: addDays(today, -1), refreshDueOn: expect.any(String) }]);

    // Someone with no role at the school cannot be linked.
    const [{ id: head2 }] = await t.db.query<{ id: string }>(`SELECT id FROM users WHERE email = 'head2@demo.test'`);
    const stranger = await refused(RECORD_TRAINING, { input: { userId: head2, staffRole: 'Visitor', trainedOn: today, course: 'Prevent' } }, tokens.head1, 'BAD_USER_INPUT');
    expect(stranger.errors?.[0].extensions?.field).toBe('userId');
  });

  it('refuses another school and ADMIN; HMI and the authority’s team read but cannot record', async () => {
    const assessments = await count('prevent_risk_assessments');
    const training = await count('prevent_training_records');

    await refused(DUTY, { id: alderRoad }, tokens.head2, 'FORBIDDEN');
    await refused(DUTY, { id: alderRoad }, tokens.admin, 'FORBIDDEN');
    await refused(DUTY, { id: alderRoad }, tokens.bradford, 'FORBIDDEN');
    await refused(DUTY, { id: alderRoad }, undefined, 'UNAUTHENTICATED');
    await refused(RECORD_TRAINING, { input: { schoolId: alderRoad, staffName: 'Not Theirs', staffRole: 'Teacher', trainedOn: today, course: 'Prevent' } }, tokens.head2, 'FORBIDDEN');
    await refused(RECORD_ASSESSMENT, { input: assessment({ schoolId: alderRoad }) }, tokens.head2, 'FORBIDDEN');

    for (const reader of [tokens.hmi, tokens.officer, tokens.manager]) {
      expect((await duty(reader)).schoolId).toBe(alderRoad);
      await refused(RECORD_ASSESSMENT, { input: assessment({ schoolId: alderRoad }) }, reader, 'FORBIDDEN');
      await refused(RECORD_TRAINING, { input: { schoolId: alderRoad, staffName: 'Inspector', staffRole: 'HMI', trainedOn: today, course: 'Prevent' } }, reader, 'FORBIDDEN');
    }
    expect(await count('prevent_risk_assessments')).toBe(assessments);
    expect(await count('prevent_training_records')).toBe(training);
  });

  it('counts a school’s termly return as missing until submitted; chasing notifies the school and is refused once it has returned', async () => {
    const row = (r: Returns, urn: number) => r.schools.edges.find((e) => e.node.urn === urn)?.node;
    const before = (await ok<{ safeguardingReturns: Returns }>(RETURNS, { la: birmingham }, tokens.officer)).safeguardingReturns;
    expect(before).toMatchObject({ termLabel: termLabel(term), termStartsOn: term.startsOn });
    expect(before.returned + before.missing).toBe(before.schoolCount);
    expect(row(before, 990001)).toMatchObject({ returned: false, submittedAt: null, safeguardingReturn: null, timesChased: 0 });
    // Every kind of school returns, independent ones included: Edgbaston Grange has not, Moseley Vale has.
    expect(row(before, 990004)).toMatchObject({ typeGroup: 'INDEPENDENT', returned: false });
    expect(row(before, 990010)).toMatchObject({ typeGroup: 'INDEPENDENT', returned: true });
    expect(before.byType.find((b) => b.typeGroup === 'INDEPENDENT')).toEqual({ typeGroup: 'INDEPENDENT', schools: 2, returned: 1 });
    const missingOnly = (await ok<{ safeguardingReturns: Returns }>(RETURNS, { la: birmingham, returned: false }, tokens.hmi)).safeguardingReturns;
    expect(missingOnly.schools.edges.map((e) => e.node.urn)).toEqual(expect.arrayContaining([990001, 990004]));
    expect(missingOnly.schools.edges.every((e) => !e.node.returned)).toBe(true);

    // Schools, ADMIN and another authority's officer do not see the council's view.
    await refused(RETURNS, { la: birmingham }, tokens.head1, 'FORBIDDEN');
    await refused(RETURNS, { la: birmingham }, tokens.admin, 'FORBIDDEN');
    await refused(RETURNS, { la: birmingham }, tokens.bradford, 'FORBIDDEN');

    // The chase reaches Alder Road's headteacher and DSL, in the portal and by e-mail.
    const chase = await ok<{ chaseSafeguardingReturn: { recipients: number } }>(CHASE, { input: { schoolId: alderRoad } }, tokens.officer);
    expect(chase.chaseSafeguardingReturn.recipients).toBe(2);
    const told = await t.db.query<{ email: string; title: string }>(
      `SELECT u.email, n.title FROM notifications n JOIN users u ON u.id = n.recipient_id WHERE n.kind = 'safeguarding_return.missing' ORDER BY u.email`,
    );
    expect(told).toEqual([
      { email: 'dsl1@demo.test', title: `Your termly safeguarding return for ${termLabel(term)} is missing` },
      { email: 'head1@demo.test', title: `Your termly safeguarding return for ${termLabel(term)} is missing` },
    ]);
    await refused(CHASE, { input: { schoolId: alderRoad } }, tokens.bradford, 'FORBIDDEN');
    await refused(CHASE, { input: { schoolId: alderRoad } }, tokens.hmi, 'FORBIDDEN');
    await refused(CHASE, { input: { schoolId: alderRoad, termStartsOn: '2001-09-01' } }, tokens.manager, 'BAD_USER_INPUT');

    // Figures that cannot be true are refused, naming the field.
    const tooMany = await refused(SUBMIT, { input: figures({ staffPreventTrained: 41 }) }, tokens.head1, 'BAD_USER_INPUT');
    expect(tooMany.errors?.[0].extensions?.field).toBe('staffPreventTrained');
    await refused(SUBMIT, { input: figures({ schoolId: alderRoad }) }, tokens.head2, 'FORBIDDEN');
    await refused(SUBMIT, { input: figures({ schoolId: alderRoad }) }, tokens.officer, 'FORBIDDEN');

    const submitted = await ok<{ submitSafeguardingReturn: { termLabel: string; termStartsOn: string; submittedByName: string } }>(
      SUBMIT, { input: figures({ notes: '  One deletion referred to the CME team.  ' }) }, tokens.head1,
    );
    expect(submitted.submitSafeguardingReturn).toMatchObject({ termLabel: termLabel(term), termStartsOn: term.startsOn, submittedByName: 'Harriet Head (Alder Road)' });

    const after = (await ok<{ safeguardingReturns: Returns }>(RETURNS, { la: birmingham }, tokens.manager)).safeguardingReturns;
    expect(after.returned).toBe(before.returned + 1);
    expect(after.missing).toBe(before.missing - 1);
    expect(after.totals.staffHeadcount).toBe(before.totals.staffHeadcount + 40);
    expect(row(after, 990001)).toMatchObject({ returned: true, timesChased: 1, safeguardingReturn: { staffHeadcount: 40 } });

    // The school sees it on its record; a second return this term, or a chase, is CONFLICT.
    expect((await duty(tokens.dsl1)).currentReturn).toEqual({ termLabel: termLabel(term), staffHeadcount: 40, submittedByName: 'Harriet Head (Alder Road)' });
    await refused(SUBMIT, { input: figures() }, tokens.dsl1, 'CONFLICT');
    await refused(CHASE, { input: { schoolId: alderRoad, termStartsOn: term.startsOn } }, tokens.officer, 'CONFLICT');
    const [{ n }] = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM notifications WHERE kind = 'safeguarding_return.missing'`,
    );
    expect(n).toBe(2);
    const [{ notes }] = await t.db.query<{ notes: string }>('SELECT notes FROM safeguarding_returns WHERE school_id = $1', [alderRoad]);
    expect(notes).toBe('One deletion referred to the CME team.');
  });

  it('gives the HMI termly report every school of the authority with its return or none', async () => {
    const report = await asSystem(t.app.get(SafeguardingReturnsService, { strict: false })).returnsFor(birmingham, term.startsOn);
    const view = (await ok<{ safeguardingReturns: Returns }>(RETURNS, { la: birmingham }, tokens.hmi)).safeguardingReturns;
    expect(report).toMatchObject({ schoolCount: view.schoolCount, returned: view.returned, missing: view.missing, termLabel: termLabel(term) });
    expect(report.schools.map((s) => s.urn)).toEqual(view.schools.edges.map((e) => e.node.urn));
    expect(report.schools.find((s) => s.urn === 990004)).toMatchObject({ returned: false, safeguardingReturn: null });
    // Edgbaston Grange (independent) has no DSL account: its record marked as the DSL's training stands for them.
    const [{ id: edgbaston }] = await t.db.query<{ id: string }>('SELECT id FROM schools WHERE urn = 990004');
    const independent = (await ok<{ preventDuty: Duty }>(DUTY, { id: edgbaston }, tokens.officer)).preventDuty;
    expect(independent).toMatchObject({ dslTrained: true, dsls: [], untrainedDsls: [], staffHeadcount: 24, currentReturn: null });
    // Bradford's officer sees Bradford's schools, none of which has returned.
    const bradford = (await ok<{ safeguardingReturns: Returns }>(RETURNS, {}, tokens.bradford)).safeguardingReturns;
    expect(bradford.returned).toBe(0);
    expect(bradford.schools.edges.some((e) => e.node.typeGroup === 'INDEPENDENT')).toBe(true);
  });
});
