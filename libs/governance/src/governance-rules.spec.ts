import { SchoolTypeGroup } from '@safeguard/organisations';
import { CheckKind, CheckOutcome, CheckState, GoverningRole, Rag } from './governance.enums';
import { AppointmentFacts, requiredChecks, roleFitsSchool, schoolYearStart } from './governance-rules';
import { checkStatus, ragOf } from './status/check-status';

const facts = (over: Partial<AppointmentFacts>): AppointmentFacts => ({
  schoolType: SchoolTypeGroup.MAINTAINED,
  role: GoverningRole.GOVERNOR,
  isChair: false,
  inRegulatedActivity: false,
  livedOrWorkedAbroad: false,
  appointedOn: '2026-10-01',
  ...over,
});
const checks = (f: Partial<AppointmentFacts>) => requiredChecks(facts(f)).map((r) => r.check).sort();
const DECLARATIONS = [CheckKind.BUSINESS_INTERESTS_DECLARATION, CheckKind.DISQUALIFICATION_DECLARATION];
const sorted = (...k: CheckKind[]) => [...k, ...DECLARATIONS].sort();

describe('governance rules: which checks each appointment needs', () => {
  it('maintained-school governors: enhanced DBS applied for within 21 days and a section 128 check; barred list only in regulated activity', () => {
    expect(checks({})).toEqual(sorted(CheckKind.ENHANCED_DBS, CheckKind.SECTION_128));
    expect(requiredChecks(facts({})).find((r) => r.check === CheckKind.ENHANCED_DBS)!.dueOn).toBe('2026-10-22');
    expect(checks({ inRegulatedActivity: true })).toEqual(sorted(CheckKind.BARRED_LIST, CheckKind.ENHANCED_DBS, CheckKind.SECTION_128));
    expect(checks({ schoolType: SchoolTypeGroup.SPECIAL })).toEqual(checks({}));
  });

  it('academy and free-school members, trustees and local governors: DBS, section 128, identity, right to work; overseas when abroad', () => {
    const base = sorted(CheckKind.ENHANCED_DBS, CheckKind.IDENTITY, CheckKind.RIGHT_TO_WORK, CheckKind.SECTION_128);
    for (const schoolType of [SchoolTypeGroup.ACADEMY, SchoolTypeGroup.FREE_SCHOOL]) {
      for (const role of [GoverningRole.ACADEMY_MEMBER, GoverningRole.TRUSTEE, GoverningRole.LOCAL_GOVERNOR]) {
        expect(checks({ schoolType, role })).toEqual(base);
      }
    }
    expect(checks({ schoolType: SchoolTypeGroup.ACADEMY, role: GoverningRole.TRUSTEE, livedOrWorkedAbroad: true })).toEqual(
      sorted(CheckKind.ENHANCED_DBS, CheckKind.IDENTITY, CheckKind.OVERSEAS, CheckKind.RIGHT_TO_WORK, CheckKind.SECTION_128),
    );
  });

  it('the chair of an academy trust, an individual proprietor and the chair of a proprietor body: the Secretary of State’s check', () => {
    expect(checks({ schoolType: SchoolTypeGroup.ACADEMY, role: GoverningRole.TRUSTEE, isChair: true })).toEqual(sorted(CheckKind.SECRETARY_OF_STATE));
    expect(checks({ schoolType: SchoolTypeGroup.INDEPENDENT, role: GoverningRole.PROPRIETOR })).toEqual(sorted(CheckKind.SECRETARY_OF_STATE));
    expect(checks({ schoolType: SchoolTypeGroup.INDEPENDENT, role: GoverningRole.PROPRIETOR_BODY_MEMBER, isChair: true })).toEqual(
      sorted(CheckKind.SECRETARY_OF_STATE),
    );
    // A local governor chairing a local governing body is not the trust's chair.
    expect(checks({ schoolType: SchoolTypeGroup.ACADEMY, role: GoverningRole.LOCAL_GOVERNOR, isChair: true })).toContain(CheckKind.ENHANCED_DBS);
  });

  it('other members of a proprietor body: enhanced DBS, identity, section 128, and overseas checks when abroad', () => {
    expect(checks({ schoolType: SchoolTypeGroup.INDEPENDENT, role: GoverningRole.PROPRIETOR_BODY_MEMBER })).toEqual(
      sorted(CheckKind.ENHANCED_DBS, CheckKind.IDENTITY, CheckKind.SECTION_128),
    );
    expect(
      checks({ schoolType: SchoolTypeGroup.INDEPENDENT, role: GoverningRole.PROPRIETOR_BODY_MEMBER, livedOrWorkedAbroad: true, inRegulatedActivity: true }),
    ).toEqual(sorted(CheckKind.BARRED_LIST, CheckKind.ENHANCED_DBS, CheckKind.IDENTITY, CheckKind.OVERSEAS, CheckKind.SECTION_128));
  });

  it('fits roles to kinds of school, and every rule names its source and when it was read', () => {
    expect(roleFitsSchool(GoverningRole.GOVERNOR, SchoolTypeGroup.ACADEMY)).toBe(false);
    expect(roleFitsSchool(GoverningRole.TRUSTEE, SchoolTypeGroup.FREE_SCHOOL)).toBe(true);
    expect(roleFitsSchool(GoverningRole.PROPRIETOR, SchoolTypeGroup.MAINTAINED)).toBe(false);
    for (const r of requiredChecks(facts({ inRegulatedActivity: true }))) expect(r.source.length).toBeGreaterThan(20);
  });
});

describe('check status', () => {
  const dbs = requiredChecks(facts({})).find((r) => r.check === CheckKind.ENHANCED_DBS)!;
  const s128 = requiredChecks(facts({})).find((r) => r.check === CheckKind.SECTION_128)!;
  const declaration = requiredChecks(facts({})).find((r) => r.check === CheckKind.DISQUALIFICATION_DECLARATION)!;
  const done = (kind: CheckKind, doneOn: string, outcome = CheckOutcome.CLEAR) => ({ kind, doneOn, outcome, renewalDueOn: null });

  it('is due, then overdue, until done', () => {
    expect(checkStatus(s128, [], '2026-10-22').state).toBe(CheckState.DUE);
    expect(checkStatus(s128, [], '2026-10-23')).toMatchObject({ state: CheckState.OVERDUE, dueOn: '2026-10-22' });
    expect(checkStatus(s128, [done(CheckKind.SECTION_128, '2026-10-30')], '2026-11-22').state).toBe(CheckState.DONE);
  });

  it('re-checks DBS a year on, and a refusal disqualifies', () => {
    expect(checkStatus(dbs, [done(CheckKind.ENHANCED_DBS, '2025-11-01')], '2026-11-01')).toMatchObject({ state: CheckState.DONE, dueOn: '2026-11-01' });
    expect(checkStatus(dbs, [done(CheckKind.ENHANCED_DBS, '2025-11-01')], '2026-11-02').state).toBe(CheckState.OVERDUE);
    expect(checkStatus(dbs, [done(CheckKind.ENHANCED_DBS, '2026-10-05', CheckOutcome.REFUSED)], '2026-11-02').state).toBe(CheckState.REFUSED);
  });

  it('wants declarations again each school year from 1 September', () => {
    expect(schoolYearStart('2026-08-31')).toBe('2025-09-01');
    expect(schoolYearStart('2026-09-01')).toBe('2026-09-01');
    const lastYear = [done(CheckKind.DISQUALIFICATION_DECLARATION, '2026-10-02')];
    expect(checkStatus(declaration, lastYear, '2027-09-10')).toMatchObject({ state: CheckState.DUE, dueOn: '2027-09-29' });
    expect(checkStatus(declaration, lastYear, '2027-09-30').state).toBe(CheckState.OVERDUE);
    expect(checkStatus(declaration, lastYear, '2027-08-31').state).toBe(CheckState.DONE);
  });

  it('rates red, amber, green', () => {
    expect(ragOf([CheckState.DONE, CheckState.DUE])).toBe(Rag.AMBER);
    expect(ragOf([CheckState.DONE, CheckState.OVERDUE, CheckState.DUE])).toBe(Rag.RED);
    expect(ragOf([CheckState.DONE])).toBe(Rag.GREEN);
  });
});
