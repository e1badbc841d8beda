import { DataSource, EntityManager } from 'typeorm';
import { addMonths, defaultTermOf, londonToday, previousDefaultTerm, SchoolDayCalendar, termLabel } from '@safeguard/calendar';
import { PreventDutyService } from '@safeguard/governance';
import { School } from '@safeguard/organisations';
import { Measure, ReportFigures, ReportTerm } from '../../libs/inspection/src/figures/report-figures';
import { TermlyFiguresService } from '../../libs/inspection/src/figures/termly-figures.service';
import { startTestApp, TestApp } from '../support/test-app';
import { asSystem } from '../support/as-system';

const NOW = 3; // the report's own term: the last of four

describe('termly report figures, built from the demo seed for Birmingham', () => {
  let t: TestApp;
  let service: TermlyFiguresService;
  let manager: EntityManager;
  let la: string;
  let terms: ReportTerm[];
  let figures: ReportFigures;
  const today = londonToday();

  const count = async (sql: string, params: unknown[] = []) => Number((await t.db.query<{ n: string }>(sql, params))[0].n);
  /** The same SQL count for each of the four terms: :la, :from (first day), :to (last day), :asAt (the last day, or today while it runs). */
  const perTerm = (sql: string) =>
    Promise.all(terms.map((term) => {
      const values: Record<string, string> = { la, from: term.startsOn, to: term.endsOn, asAt: term.endsOn < today ? term.endsOn : today };
      const names = [...new Set([...sql.matchAll(/:(la|from|to|asAt)\b/g)].map((x) => x[1]))];
      return count(sql.replace(/:(la|from|to|asAt)\b/g, (_, name: string) => `$${names.indexOf(name) + 1}`), names.map((n) => values[n]));
    }));
  const m = (key: string): Measure => {
    const found = figures.sections.flatMap((s) => s.measures).find((x) => x.key === key);
    if (!found) throw new Error(`No measure ${key}`);
    return found;
  };
  const now = (key: string) => m(key).values[NOW];

  beforeAll(async () => {
    t = await startTestApp();
    service = asSystem(t.app.get(TermlyFiguresService));
    manager = asSystem(t.app.get(DataSource).manager);
    [{ id: la }] = await t.db.query<{ id: string }>("SELECT id FROM local_authorities WHERE code = '330'");
    const academic = [defaultTermOf(today)];
    while (academic.length < 4) academic.unshift(previousDefaultTerm(academic[0]));
    terms = academic.map((a) => ({ label: termLabel(a), startsOn: a.startsOn, endsOn: a.endsOn }));
    figures = await service.build(manager, la, terms);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('has every section, available and filled, for the term and the three before it', () => {
    expect(figures.localAuthorityName).toBe('Birmingham');
    expect(figures.terms).toEqual(terms);
    expect(figures.sections.map((s) => [s.number, s.key])).toEqual([
      [1, 'cme'], [2, 'ehe'], [3, 'notFullTime'], [4, 'concerns'], [5, 'governance'], [6, 'prevent'], [7, 'pressure'],
    ]);
    for (const section of figures.sections) {
      expect({ key: section.key, available: section.available, reason: section.unavailableReason }).toEqual({ key: section.key, available: true, reason: undefined });
      expect(section.measures.length).toBeGreaterThan(3);
      for (const measure of section.measures) {
        expect(measure.values).toHaveLength(4);
        // Counts are known for every term, except governance's before the worker's first snapshot.
        const known = section.key === 'governance' ? [measure.values[NOW]] : measure.values;
        if (measure.unit === 'count') {
          expect({ key: measure.key, known: known.every((v) => typeof v === 'number') }).toEqual({ key: measure.key, known: true });
        }
      }
      // Every section has something to say about this term from the demo.
      expect({ key: section.key, filled: section.measures.some((x) => (x.values[NOW] ?? 0) > 0) }).toEqual({ key: section.key, filled: true });
    }
    expect(figures.sections.find((s) => s.key === 'governance')!.breakdowns.map((b) => b.key)).toEqual(['governance.byType', 'governance.schoolsOverdue']);
    expect(figures.sections.find((s) => s.key === 'prevent')!.breakdowns.map((b) => b.key)).toEqual(['prevent.dutyByType', 'prevent.returnsByType']);
  });

  it('counts children missing education as the register holds them', async () => {
    expect(m('cme.reported').values).toEqual(
      await perTerm("SELECT count(*) AS n FROM register_entries WHERE local_authority_id = :la AND kind = 'CME' AND reported_on BETWEEN :from AND :to"),
    );
    expect(m('cme.stillMissing').values).toEqual(
      await perTerm(`SELECT count(*) AS n FROM register_entries WHERE local_authority_id = :la AND kind = 'CME' AND reported_on <= :asAt
                      AND (closed_on IS NULL OR closed_on > :asAt) AND (located_on IS NULL OR located_on > :asAt)`),
    );
    expect(now('cme.stillMissing')).toBe(
      await count("SELECT count(*) AS n FROM register_entries WHERE local_authority_id = $1 AND kind = 'CME' AND status::text IN ('REPORTED', 'ENQUIRIES', 'AWAITING_SIGN_OFF')", [la]),
    );
    const overdue = await count(
      `SELECT count(*) AS n FROM register_entries e WHERE e.local_authority_id = $1 AND e.kind = 'CME' AND EXISTS (
         SELECT 1 FROM register_deadlines d WHERE d.entry_id = e.id AND d.met_on IS NULL AND d.cancelled_on IS NULL AND d.due_on < $2)`,
      [la, today],
    );
    expect(overdue).toBeGreaterThan(0); // Amira: reported a month ago, no enquiry
    expect(now('cme.overdue')).toBe(overdue);
    expect(m('cme.closedWithoutWhereabouts').values).toEqual(
      await perTerm("SELECT count(*) AS n FROM register_entries WHERE local_authority_id = :la AND closed_without_whereabouts AND closed_on BETWEEN :from AND :to"),
    );
    expect(m('cme.reported').link).toBe(`registerEntries(filter: {localAuthorityId: "${la}", kind: CME})`);
  });

  it('counts home-educated children on the register, not seen and priority', async () => {
    expect(m('ehe.onRegister').values).toEqual(
      await perTerm(`SELECT count(*) AS n FROM register_entries WHERE local_authority_id = :la AND kind = 'EHE' AND reported_on <= :asAt
                      AND (closed_on IS NULL OR closed_on > :asAt)`),
    );
    expect(m('ehe.new').values).toEqual(
      await perTerm("SELECT count(*) AS n FROM register_entries WHERE local_authority_id = :la AND kind = 'EHE' AND reported_on BETWEEN :from AND :to"),
    );
    const notSeen = await count(
      `SELECT count(*) AS n FROM register_entries e WHERE e.local_authority_id = $1 AND e.kind = 'EHE' AND e.status <> 'CLOSED' AND EXISTS (
         SELECT 1 FROM register_deadlines d WHERE d.entry_id = e.id AND d.kind = 'EHE_SEE_CHILD' AND d.met_on IS NULL AND d.cancelled_on IS NULL AND d.due_on < $2)`,
      [la, today],
    );
    expect(notSeen).toBe(1); // Zara: last seen 400 days ago
    expect(now('ehe.notSeenInPeriod')).toBe(notSeen);
    expect(now('ehe.priority')).toBe(await count(
      `SELECT count(*) AS n FROM register_entries e JOIN children c ON c.id = e.child_id
        WHERE e.local_authority_id = $1 AND e.kind = 'EHE' AND e.status <> 'CLOSED' AND (c.has_ehc_plan OR c.child_protection_plan OR c.child_in_need_plan)`,
      [la],
    ));
    expect(now('ehe.neverSeen')).toBe(await count(
      "SELECT count(*) AS n FROM register_entries WHERE local_authority_id = $1 AND kind = 'EHE' AND status <> 'CLOSED' AND last_seen_on IS NULL", [la],
    ));
  });

  it('counts children not in full-time education, in school days on the authority’s calendar', async () => {
    expect(now('ehcp.withoutFullTime')).toBe(await count("SELECT count(*) AS n FROM register_entries WHERE local_authority_id = $1 AND kind = 'EHCP' AND status <> 'CLOSED'", [la]));
    expect(now('ehcp.neverVisited')).toBe(await count(
      "SELECT count(*) AS n FROM register_entries WHERE local_authority_id = $1 AND kind = 'EHCP' AND status <> 'CLOSED' AND last_visit_on IS NULL", [la],
    ));
    const holidays = await t.db.query<{ startsOn: string; endsOn: string }>(
      `SELECT to_char(starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(ends_on, 'YYYY-MM-DD') AS "endsOn" FROM school_holidays WHERE local_authority_id = $1`, [la],
    );
    const [{ stopped }] = await t.db.query<{ stopped: string }>(
      "SELECT to_char(min(full_time_stopped_on), 'YYYY-MM-DD') AS stopped FROM register_entries WHERE local_authority_id = $1 AND kind = 'EHCP' AND status <> 'CLOSED'", [la],
    );
    expect(now('ehcp.longestWithoutFullTime')).toBe(new SchoolDayCalendar(holidays).schoolDaysBetween(stopped, today));
    expect(m('excluded.noSafetyCheckInTime').values).toEqual(
      await perTerm(`SELECT count(*) AS n FROM register_deadlines d JOIN register_entries e ON e.id = d.entry_id
                      WHERE e.local_authority_id = :la AND d.kind = 'EXCLUSION_SAFETY_CHECK' AND d.due_on BETWEEN :from AND :to
                        AND ((d.met_on IS NULL AND d.cancelled_on IS NULL AND d.due_on < :asAt) OR (d.met_on > d.due_on AND d.met_on <= :asAt))`),
    );
    expect(now('excluded.noSafetyCheckInTime')).toBe(1); // Kyle: excluded a fortnight ago, never checked
  });

  it('reads an ended term as it stood at its end: a child missing in spring, found in the summer', async () => {
    const [spring, summer] = [terms[1], terms[2]];
    const reportedOn = `${spring.endsOn.slice(0, 4)}-03-10`;
    const locatedOn = `${summer.startsOn.slice(0, 4)}-04-20`;
    const rollback = new Error('rollback');
    await expect(manager.transaction(async (tx) => {
      const [{ id: childId }] = await tx.query(
        `INSERT INTO children (local_authority_id, legal_first_name, legal_last_name, other_names, date_of_birth, sex, carers, sen_status,
                               has_ehc_plan, child_protection_plan, child_in_need_plan)
         VALUES ($1, 'Test', 'Spring', '{}', '2015-05-05', 'FEMALE', '[]', 'NONE', false, false, false) RETURNING id`, [la],
      );
      // Located in the summer and closed; no school days stored, so the authority's calendar counts them.
      const [{ id: entryId }] = await tx.query(
        `INSERT INTO register_entries (child_id, local_authority_id, kind, status, reason, reported_on, believed_abroad, located_on, closed_on,
                                       closed_without_whereabouts, version)
         VALUES ($1, $2, 'CME', 'CLOSED', 'IDENTIFIED_BY_COUNCIL', $3, false, $4, $4::date + 5, false, 1) RETURNING id`,
        [childId, la, reportedOn, locatedOn],
      );
      await tx.query(
        `INSERT INTO register_deadlines (entry_id, local_authority_id, kind, due_on, escalate_on, met_on) VALUES ($1, $2, 'CME_LOCATE', $3::date + 10, $3::date + 12, $4)`,
        [entryId, la, reportedOn, locatedOn],
      );
      const built = await service.build(tx, la, terms);
      const of = (key: string) => built.sections.flatMap((s) => s.measures).find((x) => x.key === key)!.values;
      const plus = (key: string, deltas: number[]) => m(key).values.map((v, i) => (v ?? 0) + deltas[i]);
      expect(of('cme.reported')).toEqual(plus('cme.reported', [0, 1, 0, 0]));
      expect(of('cme.stillMissing')).toEqual(plus('cme.stillMissing', [0, 1, 0, 0]));
      expect(of('cme.overdue')).toEqual(plus('cme.overdue', [0, 1, 0, 0]));
      expect(of('cme.located')).toEqual(plus('cme.located', [0, 0, 1, 0]));
      const holidays = await tx.query(
        `SELECT to_char(starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(ends_on, 'YYYY-MM-DD') AS "endsOn" FROM school_holidays WHERE local_authority_id = $1`, [la],
      );
      expect(m('cme.medianSchoolDaysToLocate').values[2]).toBeNull();
      expect(of('cme.medianSchoolDaysToLocate')[2]).toBe(new SchoolDayCalendar(holidays).schoolDaysBetween(reportedOn, locatedOn));
      const rows = await service.childList(tx, la, spring);
      expect(rows.find((r) => r.entryId === entryId)).toMatchObject({ status: 'CLOSED', onRegisterAtTermEnd: true, flags: 'OVERDUE', locatedOn });
      throw rollback;
    })).rejects.toBe(rollback);
  });

  it('counts a closure without whereabouts as signed off only when the manager did none of the work', async () => {
    const [current] = terms.slice(NOW);
    const rollback = new Error('rollback');
    await expect(manager.transaction(async (tx) => {
      const [{ officer, boss }] = await tx.query(
        `SELECT (SELECT id FROM users WHERE email = 'officer@demo.test') AS officer, (SELECT id FROM users WHERE email = 'manager@demo.test') AS boss`,
      );
      const close = async (first: string) => {
        const [{ id: childId }] = await tx.query(
          `INSERT INTO children (local_authority_id, legal_first_name, legal_last_name, other_names, date_of_birth, sex, carers, sen_status,
                                 has_ehc_plan, child_protection_plan, child_in_need_plan)
           VALUES ($1, $2, 'Closed', '{}', '2014-04-04', 'MALE', '[]', 'NONE', false, false, false) RETURNING id`, [la, first],
        );
        const [{ id }] = await tx.query(
          `INSERT INTO register_entries (child_id, local_authority_id, kind, status, reason, reported_on, believed_abroad, closed_on,
                                         closed_without_whereabouts, closure_proposed_by_id, signed_off_by_id, version)
           VALUES ($1, $2, 'CME', 'CLOSED', 'IDENTIFIED_BY_COUNCIL', $3, true, $3, true, $4, $5, 1) RETURNING id`,
          [childId, la, current.startsOn, officer, boss],
        );
        return id as string;
      };
      await close('Independent');
      const worked = await close('Worked');
      await tx.query(`INSERT INTO register_enquiries (entry_id, kind, made_on, outcome, recorded_by_id) VALUES ($1, 'POLICE', $2, 'Nothing known.', $3)`,
        [worked, current.startsOn, boss]);
      const built = await service.build(tx, la, terms);
      const of = (key: string) => built.sections.flatMap((s) => s.measures).find((x) => x.key === key)!.values[NOW];
      expect(of('cme.closedWithoutWhereabouts')).toBe((now('cme.closedWithoutWhereabouts') ?? 0) + 2);
      expect(of('cme.closedWithoutWhereaboutsSignedOff')).toBe((now('cme.closedWithoutWhereaboutsSignedOff') ?? 0) + 1);
      throw rollback;
    })).rejects.toBe(rollback);
  });

  it('reads the front door’s figures per term', async () => {
    const received = `SELECT count(*) AS n FROM concerns WHERE local_authority_id = :la AND status <> 'DRAFT'
                        AND (submitted_at AT TIME ZONE 'Europe/London')::date BETWEEN :from AND :to`;
    expect(m('concerns.received').values).toEqual(await perTerm(received));
    expect(now('concerns.received')).toBeGreaterThan(0);
    expect(now('concerns.awaitingSignOff')).toBe(
      await count("SELECT count(*) AS n FROM concern_decisions WHERE local_authority_id = $1 AND status = 'AWAITING_SIGN_OFF'", [la]),
    );
    expect(now('concerns.awaitingSignOff')).toBeGreaterThan(0);
    for (const outcome of ['EARLY_HELP', 'STRATEGY_DISCUSSION', 'PREVENT_REFERRAL', 'CHILDRENS_SOCIAL_CARE']) {
      expect({ outcome, values: m(`concerns.outcome.${outcome}`).values }).toEqual({ outcome, values: await perTerm(`${received} AND outcome = '${outcome}'`) });
    }
    expect(m('concerns.preventReferrals').values).toEqual(await perTerm(`${received} AND outcome = 'PREVENT_REFERRAL'`));
    expect(m('concerns.changedAtSignOff').values).toEqual(
      await perTerm(`SELECT count(*) AS n FROM concern_decisions WHERE local_authority_id = :la AND sign_off_verdict = 'CHANGE'
                      AND (signed_off_at AT TIME ZONE 'Europe/London')::date BETWEEN :from AND :to`),
    );
  });

  it('reads governance completion live for this term, and says nothing of terms the worker kept no snapshot for', async () => {
    expect(now('governance.appointments')).toBe(await count(
      'SELECT count(*) AS n FROM governance_appointments WHERE local_authority_id = $1 AND (ended_on IS NULL OR ended_on > $2)', [la, today],
    ));
    const hmi = await t.login('hmi@demo.test');
    const api = await t.gql<{ governanceCompletion: { total: { required: number; done: number }; schoolsOverdue: unknown[] } }>(
      'query($la: ID) { governanceCompletion(localAuthorityId: $la) { total { required done } schoolsOverdue { schoolId } } }', { la }, hmi,
    );
    const total = api.data!.governanceCompletion.total;
    expect(now('governance.checksRequired')).toBe(total.required);
    expect(now('governance.percentDone')).toBe(Math.round((total.done / total.required) * 1000) / 10);
    expect(now('governance.schoolsOverdue')).toBe(api.data!.governanceCompletion.schoolsOverdue.length);
    expect(now('governance.schoolsOverdue')).toBeGreaterThan(0);
    expect(await count('SELECT count(*) AS n FROM governance_completion_snapshots WHERE local_authority_id = $1', [la])).toBe(0);
    expect(m('governance.percentDone').values.slice(0, NOW)).toEqual([null, null, null]);
  });

  it('reads an ended term’s governance from the worker’s snapshot', async () => {
    const rollback = new Error('rollback');
    await expect(manager.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO governance_completion_snapshots (local_authority_id, term_starts_on, school_type_group, term_label, required, done, overdue)
         VALUES ($1, $2, 'MAINTAINED', $3, 40, 30, 6), ($1, $2, 'ACADEMY', $3, 10, 9, 1)`,
        [la, terms[2].startsOn, terms[2].label],
      );
      const built = await service.build(tx, la, terms);
      const governance = built.sections.find((s) => s.key === 'governance')!;
      const of = (key: string) => governance.measures.find((x) => x.key === key)!.values[2];
      expect([of('governance.checksRequired'), of('governance.checksDone'), of('governance.percentDone'), of('governance.checksOverdue')]).toEqual([50, 39, 78, 7]);
      expect(of('governance.percentDone.MAINTAINED')).toBe(75);
      expect(of('governance.schoolsOverdue')).toBeNull();
      throw rollback;
    })).rejects.toBe(rollback);
  });

  it('counts the Prevent duty record and the termly returns', async () => {
    const [current] = terms.slice(NOW);
    expect(now('prevent.returnsReceived')).toBe(await count(
      'SELECT count(*) AS n FROM safeguarding_returns WHERE local_authority_id = $1 AND term_starts_on = $2', [la, current.startsOn],
    ));
    expect(now('prevent.returnsReceived')).toBe(6);
    expect(now('prevent.returnsMissing')).toBe(await count(
      "SELECT count(*) AS n FROM schools WHERE local_authority_id = $1 AND lower(status) <> 'closed'", [la],
    ) - 6);
    const year = defaultTermOf(today).academicYear;
    expect(now('prevent.riskAssessmentsCurrent')).toBe(await count(
      'SELECT count(*) AS n FROM prevent_risk_assessments WHERE local_authority_id = $1 AND school_year = $2', [la, `${year}/${String((year + 1) % 100).padStart(2, '0')}`],
    ));
    expect(now('prevent.staffTrained')).toBe(await count(
      `SELECT count(*) AS n FROM (SELECT DISTINCT school_id, coalesce(user_id::text, lower(staff_name)) FROM prevent_training_records
        WHERE local_authority_id = $1 AND trained_on BETWEEN $2 AND $3) x`, [la, addMonths(today, -24), today],
    ));
    // The same record as the Prevent duty service reads it, one school at a time.
    const duty = asSystem(t.app.get(PreventDutyService));
    const records = await Promise.all((await manager.findBy(School, { localAuthorityId: la })).map((s) => duty.recordOf(s, today, manager)));
    expect(now('prevent.dslTrained')).toBe(records.filter((r) => r.dslTrained).length);
    expect(now('prevent.riskAssessmentsCurrent')).toBe(records.filter((r) => r.riskAssessmentCurrent).length);
    expect(now('prevent.staffTrained')).toBe(records.reduce((n, r) => n + r.staffTrained, 0));
  });

  it('counts reports of intimidation and pressure, their acknowledgement and campaigns', async () => {
    const received = `SELECT count(*) AS n FROM pressure_reports WHERE local_authority_id = :la
                        AND (submitted_at AT TIME ZONE 'Europe/London')::date BETWEEN :from AND :to`;
    expect(m('pressure.received').values).toEqual(await perTerm(received));
    expect(now('pressure.received')).toBeGreaterThan(0);
    expect(m('pressure.category.ORGANISED_CAMPAIGN_OR_PROTEST').values).toEqual(await perTerm(`${received} AND category = 'ORGANISED_CAMPAIGN_OR_PROTEST'`));
    expect(now('pressure.awaitingAcknowledgement')).toBe(await count("SELECT count(*) AS n FROM pressure_reports WHERE local_authority_id = $1 AND status = 'SUBMITTED'", [la]));
    expect(now('pressure.acknowledgementOverdue')).toBe(await count(
      "SELECT count(*) AS n FROM pressure_reports WHERE local_authority_id = $1 AND status = 'SUBMITTED' AND acknowledgement_due_at < now()", [la],
    ));
    expect(now('pressure.acknowledgementOverdue')).toBeGreaterThan(0);
    expect(m('pressure.campaignsNew').values).toEqual(
      await perTerm("SELECT count(*) AS n FROM pressure_campaigns WHERE local_authority_id = :la AND (created_at AT TIME ZONE 'Europe/London')::date BETWEEN :from AND :to"),
    );
    const campaigns = figures.sections.find((s) => s.key === 'pressure')!.breakdowns.find((b) => b.key === 'pressure.campaigns')!;
    expect(campaigns.rows).toEqual([{ label: 'Organised campaign against RSE lessons', values: [2, 2, 2] }]);
  });

  it('links figures to queries the HMI can run', async () => {
    const hmi = await t.login('hmi@demo.test');
    const links = [...new Set(figures.sections.flatMap((s) => s.measures.map((x) => x.link)).filter((l): l is string => Boolean(l)))];
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) {
      const result = await t.gql(`query { ${link} { __typename } }`, {}, hmi);
      expect({ link, errors: result.errors }).toEqual({ link, errors: undefined });
    }
  });

  it('lists the children behind the register’s figures, one row per child and register, with the register’s flags', async () => {
    const [current] = terms.slice(NOW);
    const rows = await service.childList(manager, la, current);
    expect(rows).toHaveLength(await count(
      `SELECT count(DISTINCT (child_id, kind)) AS n FROM register_entries WHERE local_authority_id = $1
        AND (status <> 'CLOSED' OR reported_on BETWEEN $2 AND $3 OR closed_on BETWEEN $2 AND $3 OR located_on BETWEEN $2 AND $3)`,
      [la, current.startsOn, current.endsOn],
    ));
    const row = (first: string, kind: string) => rows.find((r) => r.legalFirstName === first && r.kind === kind)!;
    expect(row('Amira', 'CME')).toMatchObject({ legalLastName: 'Khan', dateOfBirth: '2014-03-12', schoolUrn: 990001, onRegisterAtTermEnd: true, flags: 'OVERDUE' });
    expect(row('Zara', 'EHE').flags.split('; ')).toEqual(expect.arrayContaining(['OVERDUE', 'NOT_SEEN_IN_PERIOD', 'PRIORITY']));
    expect(row('Zara', 'EHE').lastSeenOn).not.toBeNull();
    expect(row('Noah', 'EHCP').flags).toContain('NEVER_VISITED');
    expect(row('Kyle', 'EXCLUDED').flags).toContain('NO_SAFETY_CHECK_IN_TIME');
    expect(rows.some((r) => r.legalLastName === 'Shah')).toBe(false); // Bradford's child
    for (const r of rows) for (const value of Object.values(r)) expect(['string', 'number', 'boolean', 'object']).toContain(typeof value);
  });

  it('says a section is unavailable, rather than showing zeros, when its capability is missing', async () => {
    const rollback = new Error('rollback');
    await expect(manager.transaction(async (tx) => {
      await tx.query('ALTER TABLE pressure_reports RENAME TO pressure_reports_elsewhere');
      const built = await service.build(tx, la, terms);
      const pressure = built.sections.find((s) => s.key === 'pressure')!;
      expect(pressure).toMatchObject({ available: false, measures: [], breakdowns: [] });
      expect(pressure.unavailableReason).toMatch(/intimidation and pressure.*pressure_reports/);
      expect(built.sections.filter((s) => s.available)).toHaveLength(6);
      throw rollback;
    })).rejects.toBe(rollback);
  });
});
