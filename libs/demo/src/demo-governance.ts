import { EntityManager } from 'typeorm';
import { addDays, IsoDate } from '@safeguard/calendar';
import {
  CheckKind, CheckOutcome, GoverningRole, GovernorCategory, GovernanceRecordService, requiredChecks, schoolYearStart,
} from '@safeguard/governance';
import { School } from '@safeguard/organisations';
import { Actor } from '@safeguard/policy';

interface DemoGovernor {
  name: string;
  dob: string;
  role: GoverningRole;
  category?: GovernorCategory;
  trust?: string;
  chair?: boolean;
  abroad?: boolean;
  regulated?: boolean;
  /** Days ago they were appointed. */
  since: number;
  /** Required checks not done (all the others are). */
  missing?: CheckKind[] | 'all';
}


/** Birmingham's governance, one school of every type, some with checks missing or falling due. Days are relative to today. */
const GOVERNANCE: Record<number, DemoGovernor[]> = {
  // Alder Road (maintained): a parent governor appointed two months ago still without a section 128 check.
  990001: [
    { name: 'Grace Bello', dob: '1978-04-12', role: GoverningRole.GOVERNOR, category: GovernorCategory.CO_OPTED, chair: true, since: 900 },
    { name: 'Tom Ashby', dob: '1985-09-30', role: GoverningRole.GOVERNOR, category: GovernorCategory.PARENT, since: 60, missing: [CheckKind.SECTION_128] },
    { name: 'Priya Shah', dob: '1990-01-17', role: GoverningRole.GOVERNOR, category: GovernorCategory.STAFF, regulated: true, since: 400 },
    { name: 'Cllr Dennis Moore', dob: '1961-07-03', role: GoverningRole.GOVERNOR, category: GovernorCategory.LOCAL_AUTHORITY, since: 700 },
  ],
  // Saltley Park Academy: a trustee with no section 128 check; a local governor who lived abroad, no overseas check.
  990002: [
    { name: 'Jonathan Reeve', dob: '1966-02-11', role: GoverningRole.TRUSTEE, trust: 'Saltley Learning Trust', chair: true, since: 1200 },
    { name: 'Amina Rahman', dob: '1980-06-21', role: GoverningRole.TRUSTEE, trust: 'Saltley Learning Trust', since: 120, missing: [CheckKind.SECTION_128] },
    { name: 'Peter Lowe', dob: '1958-11-05', role: GoverningRole.ACADEMY_MEMBER, trust: 'Saltley Learning Trust', since: 1500 },
    { name: 'Sofia Marques', dob: '1983-03-14', role: GoverningRole.LOCAL_GOVERNOR, trust: 'Saltley Learning Trust', abroad: true, since: 90, missing: [CheckKind.OVERSEAS] },
  ],
  // Nechells Free School: a new trustee whose checks fall due within the fortnight.
  990003: [
    { name: 'Grace Bello', dob: '1978-04-12', role: GoverningRole.TRUSTEE, trust: 'Nechells Community Trust', since: 300 },
    { name: 'Mark Whitfield', dob: '1975-08-08', role: GoverningRole.TRUSTEE, trust: 'Nechells Community Trust', since: 10, missing: 'all' },
  ],
  // Edgbaston Grange (independent): the proprietor body's chair checked by the Secretary of State; a member without DBS.
  990004: [
    { name: 'Eleanor Fitch', dob: '1962-12-01', role: GoverningRole.PROPRIETOR_BODY_MEMBER, chair: true, since: 2000 },
    { name: 'Rupert Vane', dob: '1970-05-25', role: GoverningRole.PROPRIETOR_BODY_MEMBER, since: 200, missing: [CheckKind.ENHANCED_DBS] },
  ],
  990005: [{ name: 'Helen Carter', dob: '1972-10-10', role: GoverningRole.GOVERNOR, category: GovernorCategory.PARENT, chair: true, since: 500 }],
  // Moseley Vale (independent): an individual proprietor whose Secretary of State check was never recorded.
  990010: [{ name: 'Imran Qureshi', dob: '1969-09-09', role: GoverningRole.PROPRIETOR, since: 365, missing: [CheckKind.SECRETARY_OF_STATE] }],
};

/** Records the demo appointments and their checks through the same service the API uses. Returns the appointments made. */
export async function seedGovernanceDemo(manager: EntityManager, record: GovernanceRecordService, today: IsoDate): Promise<number> {
  const actor = Actor.system('seed:governance');
  let count = 0;
  let certificate = 1000_0000_0000;
  for (const [urn, governors] of Object.entries(GOVERNANCE)) {
    const school = await manager.findOneByOrFail(School, { urn: Number(urn) });
    for (const g of governors) {
      const appointedOn = addDays(today, -g.since);
      const appointment = await record.createAppointment(manager, actor, school, {
        schoolId: school.id,
        person: { fullName: g.name, dateOfBirth: g.dob, livedOrWorkedAbroad: Boolean(g.abroad) },
        role: g.role,
        governorCategory: g.category,
        trustName: g.trust,
        isChair: Boolean(g.chair),
        inRegulatedActivity: Boolean(g.regulated),
        appointedOn,
      });
      count++;
      const required = requiredChecks({
        schoolType: school.typeGroup, role: g.role, isChair: Boolean(g.chair), inRegulatedActivity: Boolean(g.regulated),
        livedOrWorkedAbroad: Boolean(g.abroad), appointedOn,
      }).map((r) => r.check);
      const done = g.missing === 'all' ? [] : required.filter((k) => !(g.missing ?? []).includes(k));
      const checkedOn = addDays(appointedOn, 7) > today ? today : addDays(appointedOn, 7);
      for (const kind of done) {
        const declaration = kind === CheckKind.DISQUALIFICATION_DECLARATION || kind === CheckKind.BUSINESS_INTERESTS_DECLARATION;
        const yearStart = schoolYearStart(today);
        const doneOn = declaration ? (addDays(yearStart, 3) > today ? today : addDays(yearStart, 3)) : kind === CheckKind.ENHANCED_DBS ? addDays(today, -100) : checkedOn;
        await record.createCheck(manager, actor, appointment, {
          appointmentId: appointment.id,
          kind,
          doneOn: doneOn < appointedOn ? appointedOn : doneOn,
          checkedBy: kind === CheckKind.SECRETARY_OF_STATE ? 'Department for Education' : 'School business manager',
          outcome: CheckOutcome.CLEAR,
          reference: kind === CheckKind.ENHANCED_DBS ? String((certificate += 7919)) : undefined,
        });
      }
    }
  }
  return count;
}
