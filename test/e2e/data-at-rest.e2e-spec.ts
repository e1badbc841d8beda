import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { addDays, londonToday } from '@safeguard/calendar';
import { AppConfig } from '@safeguard/config';
import { encryptedColumns, installFieldKeyring, keyringFromConfig, rotateFieldKeys } from '@safeguard/encryption';
import { runAsSystem } from '@safeguard/database';
import { startTestApp, TestApp } from '../support/test-app';

const today = londonToday();
/** In every narrative written here: found anywhere in the database, a narrative is stored in the clear. */
const MARK = `Plaintextmark${randomBytes(4).toString('hex')}`;
const say = (what: string) => `${MARK} ${what}`;

const CONCERN = `id account actionTaken notToldReason prevent { howConcernArose indicators familyContext }
  additions { text } decisions { rationale }`;
const ENTRY = 'id summary closureReason enquiries { outcome } visits { notes childViews concernDetails }';
const REPORT = 'id account location involved harmDescription acknowledgementNote outcomeSummary actions { note } additions { text }';

interface Readback {
  concern: Record<string, unknown>;
  cme: Record<string, unknown>;
  ehe: Record<string, unknown>;
  report: Record<string, unknown>;
  references: Array<{ reference: string | null; notes: string | null }>;
}

describe('data at rest: narratives encrypted, readable through the API, keys rotated', () => {
  let t: TestApp;
  let tokens: Record<'dsl' | 'officer' | 'manager' | 'head1' | 'clerk2', string>;
  let ids: { concern: string; cme: string; ehe: string; report: string; saltley: string };
  let dataSource: DataSource;

  beforeAll(async () => {
    t = await startTestApp();
    dataSource = t.app.get(DataSource);
    tokens = {
      dsl: await t.login('dsl1@demo.test'),
      officer: await t.login('officer@demo.test'),
      manager: await t.login('manager@demo.test'),
      head1: await t.login('head1@demo.test'),
      clerk2: await t.login('clerk2@demo.test'),
    };
  });
  afterAll(async () => t?.close());

  const ok = async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
    const result = await t.gql<T>(query, variables, token);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };

  /** Every table, every column, as text: where is the mark? */
  const tablesHoldingTheMark = async (): Promise<string[]> => {
    const tables = await t.db.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
    const found: string[] = [];
    for (const { name } of tables) {
      const [{ n }] = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${name}" x WHERE strpos(x::text, $1) > 0`, [MARK]);
      if (n > 0) found.push(name);
    }
    return found;
  };

  const readBack = async (): Promise<Readback> => ({
    concern: (await ok<{ concern: Record<string, unknown> }>(`query($id: ID!) { concern(id: $id) { ${CONCERN} } }`, { id: ids.concern }, tokens.officer)).concern,
    cme: (await ok<{ registerEntry: Record<string, unknown> }>(`query($id: ID!) { registerEntry(id: $id) { ${ENTRY} } }`, { id: ids.cme }, tokens.officer)).registerEntry,
    ehe: (await ok<{ registerEntry: Record<string, unknown> }>(`query($id: ID!) { registerEntry(id: $id) { ${ENTRY} } }`, { id: ids.ehe }, tokens.officer)).registerEntry,
    report: (await ok<{ pressureReport: Record<string, unknown> }>(`query($id: ID!) { pressureReport(id: $id) { ${REPORT} } }`, { id: ids.report }, tokens.head1)).pressureReport,
    references: (
      await ok<{ schoolGovernance: { appointments: Array<{ records: Array<{ reference: string | null; notes: string | null }> }> } }>(
        'query($id: ID!) { schoolGovernance(schoolId: $id) { appointments { records { reference notes } } } }', { id: ids.saltley }, tokens.clerk2,
      )
    ).schoolGovernance.appointments.flatMap((a) => a.records).filter((r) => r.notes?.includes(MARK)),
  });

  it('writes every narrative through the API and none of it reaches the database in the clear', async () => {
    // A concern, with Prevent details, an addition and a threshold decision.
    const draft = await ok<{ saveConcernDraft: { id: string } }>(
      'mutation($input: SaveConcernDraftInput!) { saveConcernDraft(input: $input) { id } }',
      {
        input: {
          child: { legalFirstName: 'Atrest', legalLastName: 'Child', dateOfBirth: '2013-05-05', sex: 'FEMALE', postcode: 'B8 2AA' },
          categories: ['RADICALISATION'],
          account: say('She said her cousin shows her videos about fighting abroad.'),
          occurredOn: today,
          actionTaken: say('Spoke to the DSL at once; kept her in the pastoral room.'),
          childOrFamilyTold: false,
          notToldReason: say('The cousin lives in the family home.'),
          prevent: { howConcernArose: say('Told her form tutor'), indicators: say('Talks of joining'), familyContext: say('Lives with her aunt') },
        },
      },
      tokens.dsl,
    );
    ids = { ...(ids ?? {}), concern: draft.saveConcernDraft.id } as typeof ids;
    await ok('mutation($id: ID!) { submitConcern(input: { concernId: $id }) { id } }', { id: ids.concern }, tokens.dsl);
    await ok('mutation($input: AddToConcernInput!) { addToConcern(input: $input) { id } }', { input: { concernId: ids.concern, text: say('She has stopped coming to lunch.') } }, tokens.dsl);
    await ok(
      'mutation($input: DecideConcernInput!) { decideConcern(input: $input) { id } }',
      { input: { concernId: ids.concern, outcome: 'PREVENT_REFERRAL', thresholdLevel: 'COMPLEX_NEEDS', criteria: ['Risk of radicalisation'], rationale: say('Indicators of radicalisation by a family member: refer to Channel.') } },
      tokens.manager,
    );

    // A child missing education with an enquiry and a closure, and a home-education visit.
    const child = () => ({ legalFirstName: `Atrest${randomBytes(3).toString('hex')}`, legalLastName: 'Register', dateOfBirth: '2012-01-01', sex: 'MALE', postcode: 'B9 4AA' });
    const open = async (input: Record<string, unknown>) =>
      (await ok<{ openRegisterEntry: { id: string } }>('mutation($input: OpenRegisterEntryInput!) { openRegisterEntry(input: $input) { id } }', { input }, tokens.officer))
        .openRegisterEntry.id;
    const cme = await open({ kind: 'CME', reason: 'IDENTIFIED_BY_COUNCIL', child: child(), summary: say('Neighbours say the family left in the night.') });
    await ok('mutation($input: RecordEnquiryInput!) { recordEnquiry(input: $input) { id } }', { input: { entryId: cme, kind: 'PARENTS', madeOn: today, outcome: say('Mother answered from Lahore.') } }, tokens.officer);
    await ok(
      'mutation($input: RecordWhereaboutsInput!) { recordWhereabouts(input: $input) { id } }',
      { input: { entryId: cme, kind: 'SCHOOL', schoolUrn: 990002, locatedOn: today } },
      tokens.officer,
    );
    await ok('mutation($input: CloseRegisterEntryInput!) { closeRegisterEntry(input: $input) { id } }', { input: { entryId: cme, reason: say('On roll at Saltley Park') } }, tokens.officer);
    const ehe = await open({ kind: 'EHE', reason: 'PARENT_NOTICE', child: child(), ehe: { noticeReceivedOn: addDays(today, -10) } });
    await ok(
      'mutation($input: RecordVisitInput!) { recordVisit(input: $input) { id } }',
      {
        input: {
          entryId: ehe, kind: 'HOME_VISIT', occurredOn: today, notes: say('Visited with the father present.'),
          safeguarding: { childSeen: true, childSeenAlone: true, childViews: say('Misses his friends.'), safeguardingConcern: true, concernDetails: say('Bruise on his arm.'), educationSuitability: 'SUITABLE' },
        },
      },
      tokens.officer,
    );

    // A report of intimidation, taken through the council's workflow.
    const report = (
      await ok<{ reportPressure: { id: string } }>(
        'mutation($input: ReportPressureInput!) { reportPressure(input: $input) { id } }',
        {
          input: {
            category: 'SOCIAL_MEDIA_POSTS', curriculumArea: 'PSHE', account: say('A parent filmed the head at the gate and posted it with threats.'),
            occurredOn: addDays(today, -1), location: say('The school gate'), involved: say('One parent and two adults we do not know'),
            links: [], harmToStaff: true, harmToPupils: false, harmDescription: say('The head has been followed home.'), policeTold: false, shareAnonymously: false,
          },
        },
        tokens.head1,
      )
    ).reportPressure.id;
    await ok('mutation($input: AddToPressureReportInput!) { addToPressureReport(input: $input) { id } }', { input: { reportId: report, text: say('Posted again today.'), links: [] } }, tokens.head1);
    await ok('mutation($input: AcknowledgePressureReportInput!) { acknowledgePressureReport(input: $input) { id } }', { input: { reportId: report, note: say('We will call you today.') } }, tokens.officer);
    await ok('mutation($input: RecordPressureActionInput!) { recordPressureAction(input: $input) { id } }', { input: { reportId: report, kind: 'VISIT', takenOn: today, note: say('Met the head and the chair.') } }, tokens.officer);
    await ok('mutation($input: ResolvePressureReportInput!) { resolvePressureReport(input: $input) { id } }', { input: { reportId: report, outcomeSummary: say('The posts were removed; police spoke to the parent.') } }, tokens.manager);

    // A governor's DBS check with a disclosure and its risk assessment.
    const [{ id: saltley }] = await t.db.query<{ id: string }>('SELECT id FROM schools WHERE urn = 990002');
    const appointment = (
      await ok<{ recordAppointment: { id: string } }>(
        'mutation($input: RecordAppointmentInput!) { recordAppointment(input: $input) { id } }',
        { input: { schoolId: saltley, person: { fullName: 'Atrest Governor', dateOfBirth: '1970-03-03' }, role: 'LOCAL_GOVERNOR', trustName: 'Saltley Learning Trust', appointedOn: today } },
        tokens.clerk2,
      )
    ).recordAppointment.id;
    await ok(
      'mutation($input: RecordSuitabilityCheckInput!) { recordSuitabilityCheck(input: $input) { id } }',
      { input: { appointmentId: appointment, kind: 'ENHANCED_DBS', doneOn: today, checkedBy: 'HR', outcome: 'DISCLOSED_RISK_ASSESSED', reference: '009988776655', notes: say('A caution in 1995; risk assessed as low by the chair.') } },
      tokens.clerk2,
    );
    ids = { concern: ids.concern, cme, ehe, report, saltley };

    expect(await tablesHoldingTheMark()).toEqual([]);
    const [{ n: dbsInClear }] = await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM governance_checks x WHERE strpos(x::text, '009988776655') > 0");
    expect(dbsInClear).toBe(0);
    // Every encrypted value is an envelope under the active key, bound to its column.
    const [{ account, text }] = await t.db.query<{ account: string; text: string }>(
      'SELECT c.account, a.text FROM concerns c JOIN concern_additions a ON a.concern_id = c.id WHERE c.id = $1', [ids.concern],
    );
    expect(account).toMatch(/^v2:k1:/);
    expect(text).toMatch(/^v2:k1:/);
  });

  it('reads every narrative back in the clear through the API', async () => {
    const back = await readBack();
    expect(back.concern).toMatchObject({
      account: say('She said her cousin shows her videos about fighting abroad.'),
      actionTaken: say('Spoke to the DSL at once; kept her in the pastoral room.'),
      notToldReason: say('The cousin lives in the family home.'),
      prevent: { howConcernArose: say('Told her form tutor'), indicators: say('Talks of joining'), familyContext: say('Lives with her aunt') },
      additions: [{ text: say('She has stopped coming to lunch.') }],
      decisions: [{ rationale: say('Indicators of radicalisation by a family member: refer to Channel.') }],
    });
    expect(back.cme).toMatchObject({
      summary: say('Neighbours say the family left in the night.'), closureReason: say('On roll at Saltley Park'), enquiries: [{ outcome: say('Mother answered from Lahore.') }],
    });
    expect(back.ehe).toMatchObject({
      visits: [{ notes: say('Visited with the father present.'), childViews: say('Misses his friends.'), concernDetails: say('Bruise on his arm.') }],
    });
    expect(back.report).toMatchObject({
      account: say('A parent filmed the head at the gate and posted it with threats.'), location: say('The school gate'),
      involved: say('One parent and two adults we do not know'), harmDescription: say('The head has been followed home.'),
      acknowledgementNote: say('We will call you today.'), outcomeSummary: say('The posts were removed; police spoke to the parent.'),
      actions: [{ note: say('Met the head and the chair.') }], additions: [{ text: say('Posted again today.') }],
    });
    expect(back.references).toEqual([{ reference: '009988776655', notes: say('A caution in 1995; risk assessed as low by the chair.') }]);
  });

  it('binds each column’s values to that column', () => {
    for (const place of encryptedColumns(dataSource)) {
      if (place.context === 'governance_checks.reference') expect(place.column).toBe('reference_encrypted');
      else expect(place.context).toBe(`${place.table}.${place.column}`);
    }
    expect(encryptedColumns(dataSource).map((p) => p.context)).toEqual(
      expect.arrayContaining(['concerns.account', 'concerns.prevent_indicators', 'register_visits.notes', 'register_events.summary', 'pressure_reports.involved']),
    );
  });

  it('rotates every value to a new key, encrypts plain text left from before, reads the same, and a rerun changes nothing', async () => {
    // A value written before this change, in the clear.
    await t.db.query('UPDATE register_enquiries SET outcome = $2 WHERE entry_id = $1', [ids.cme, say('Mother answered from Lahore.')]);
    const before = await readBack();
    // What an operator does: a new key first in FIELD_ENCRYPTION_KEYS (the generated k1 stays readable).
    const rotated = keyringFromConfig(new AppConfig({ ...process.env, FIELD_ENCRYPTION_KEYS: `k2:${randomBytes(32).toString('base64')}` }));
    expect(rotated.keyIds).toEqual(['k2', 'k1']);
    installFieldKeyring(rotated);

    // As the CLI does: past the row-level security wall, as the system.
    const first = await runAsSystem(() => rotateFieldKeys(dataSource, rotated, { batchSize: 7 }));
    expect(first.activeKeyId).toBe('k2');
    expect(first.encrypted).toBeGreaterThanOrEqual(1);
    expect(first.reencrypted).toBeGreaterThan(20);
    expect(first.remaining).toBe(0);
    expect(first.tables.find((x) => x.table === 'concerns')!.batches).toBeGreaterThan(1);

    for (const place of encryptedColumns(dataSource)) {
      const [{ n }] = await t.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "${place.table}" WHERE "${place.column}" IS NOT NULL AND "${place.column}" NOT LIKE 'v2:k2:%'`,
      );
      expect({ column: `${place.table}.${place.column}`, notUnderK2: n }).toEqual({ column: `${place.table}.${place.column}`, notUnderK2: 0 });
    }
    const [{ hashed }] = await t.db.query<{ hashed: string }>('SELECT reference_hash AS hashed FROM governance_checks WHERE reference_encrypted IS NOT NULL LIMIT 1');
    expect(hashed).toMatch(/^[0-9a-f]{64}$/);
    expect(await tablesHoldingTheMark()).toEqual([]);
    expect(await readBack()).toEqual(before);

    const snapshot = await t.db.query('SELECT id, account FROM concerns ORDER BY id');
    const again = await runAsSystem(() => rotateFieldKeys(dataSource, rotated));
    expect(again).toMatchObject({ reencrypted: 0, encrypted: 0, remaining: 0 });
    expect(again.tables.every((x) => x.rows === 0)).toBe(true);
    expect(await t.db.query('SELECT id, account FROM concerns ORDER BY id')).toEqual(snapshot);
  });
});
