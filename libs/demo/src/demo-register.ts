import { EntityManager } from 'typeorm';
import { addDays } from '@safeguard/calendar';
import {
  Child, ChildrenService, Enquiry, EnquiryKind, EntryReason, RegisterEntriesService, RegisterEntry, RegisterKind, Sex, EntryStatus,
} from '@safeguard/register';
import { Actor } from '@safeguard/policy';

/** Birmingham's 2026/27 school holidays (illustrative dates in the usual pattern). */
export const DEMO_HOLIDAYS = [
  { name: 'Summer holiday 2026', startsOn: '2026-07-22', endsOn: '2026-08-31' },
  { name: 'Autumn half-term 2026', startsOn: '2026-10-26', endsOn: '2026-10-30' },
  { name: 'Christmas holiday 2026', startsOn: '2026-12-21', endsOn: '2027-01-01' },
  { name: 'Spring half-term 2027', startsOn: '2027-02-15', endsOn: '2027-02-19' },
  { name: 'Easter holiday 2027', startsOn: '2027-03-29', endsOn: '2027-04-09' },
  { name: 'Summer half-term 2027', startsOn: '2027-05-31', endsOn: '2027-06-04' },
  { name: 'Summer holiday 2027', startsOn: '2027-07-21', endsOn: '2027-08-31' },
];

interface DemoChild {
  first: string;
  last: string;
  dob: string;
  sex: Sex;
  postcode: string;
  schoolUrn?: number;
  ehcp?: boolean;
  cp?: boolean;
}

/** Children of every kind in Birmingham (some overdue), and one in Bradford. Days are relative to today. */
export async function seedRegisterDemo(
  manager: EntityManager,
  services: { children: ChildrenService; entries: RegisterEntriesService },
  laIds: { birmingham: string; bradford: string },
  schoolIds: Map<number, string>,
  today: string,
): Promise<number> {
  const system = Actor.system('seed:register');
  const bham = { schoolId: null, localAuthorityId: laIds.birmingham };
  await manager.query(
    `INSERT INTO school_holidays (local_authority_id, name, starts_on, ends_on)
     SELECT $1, h->>'name', (h->>'startsOn')::date, (h->>'endsOn')::date FROM jsonb_array_elements($2::jsonb) h`,
    [laIds.birmingham, JSON.stringify(DEMO_HOLIDAYS)],
  );
  const child = (c: DemoChild, la = laIds.birmingham) =>
    services.children.create(manager, system, la, {
      legalFirstName: c.first,
      legalLastName: c.last,
      dateOfBirth: c.dob,
      sex: c.sex,
      postcode: c.postcode,
      address: `${c.first.length * 7} Demo Road, ${la === laIds.birmingham ? 'Birmingham' : 'Bradford'}`,
      carers: [{ name: `Parent of ${c.first} ${c.last}`, relationship: 'parent', phone: '0121 000 0000', email: null, address: null }],
      schoolUrn: c.schoolUrn ?? null,
      hasEhcPlan: c.ehcp,
      childProtectionPlan: c.cp,
    });
  let count = 0;
  const open = async (c: Child, input: Parameters<RegisterEntriesService['createEntry']>[4], reporter: { schoolId: string | null; localAuthorityId: string } = bham) => {
    count++;
    return services.entries.createEntry(manager, system, c, reporter, { source: 'Demo data', ...input });
  };

  // CME reported by Alder Road a month ago: no enquiry yet, so overdue.
  const amira = await child({ first: 'Amira', last: 'Khan', dob: '2014-03-12', sex: Sex.FEMALE, postcode: 'B8 1AA', schoolUrn: 990001 });
  await open(
    amira,
    { kind: RegisterKind.CME, reason: EntryReason.ABSENCE_TEN_SCHOOL_DAYS, reportedOn: addDays(today, -30), cme: { lastAttendedOn: addDays(today, -50) }, summary: 'Not in school since the half-term; phone numbers unobtainable.' },
    { schoolId: schoolIds.get(990001)!, localAuthorityId: laIds.birmingham },
  );
  // CME identified by the council, enquiries under way.
  const jayden = await child({ first: 'Jayden', last: 'Okafor', dob: '2011-09-30', sex: Sex.MALE, postcode: 'B10 0HJ' });
  const jaydenEntry = await open(jayden, { kind: RegisterKind.CME, reason: EntryReason.IDENTIFIED_BY_COUNCIL, reportedOn: addDays(today, -6), cme: { believedAbroad: true } });
  // Through the entity, so that the outcomes are encrypted like any other enquiry's.
  await manager.insert(Enquiry, [
    { entryId: jaydenEntry.id, kind: EnquiryKind.PARENTS, madeOn: addDays(today, -3), outcome: "Mother's phone unobtainable; letter sent." },
    { entryId: jaydenEntry.id, kind: EnquiryKind.HOME_VISIT, madeOn: addDays(today, -3), outcome: 'No answer; neighbour thinks the family travelled to Pakistan.' },
  ]);
  await manager.update(RegisterEntry, { id: jaydenEntry.id }, { status: EntryStatus.ENQUIRIES });
  await manager.query(`UPDATE register_deadlines SET met_on = $2 WHERE entry_id = $1 AND kind = 'CME_FIRST_ENQUIRY'`, [jaydenEntry.id, addDays(today, -3)]);

  // EHE, not seen for over a year, with an EHC plan: priority and overdue.
  const zara = await child({ first: 'Zara', last: 'Hussain', dob: '2012-06-02', sex: Sex.FEMALE, postcode: 'B11 4RT', ehcp: true });
  await open(zara, { kind: RegisterKind.EHE, reason: EntryReason.PARENT_NOTICE, reportedOn: addDays(today, -500), ehe: { noticeReceivedOn: addDays(today, -500), lastSeenOn: addDays(today, -400) } });
  // EHE, a school's deletion last week.
  const leo = await child({ first: 'Leo', last: 'Price', dob: '2015-01-20', sex: Sex.MALE, postcode: 'B9 5QP' });
  await open(
    leo,
    { kind: RegisterKind.EHE, reason: EntryReason.SCHOOL_DELETION_HOME_EDUCATION, reportedOn: addDays(today, -5), ehe: { noticeReceivedOn: addDays(today, -7) } },
    { schoolId: schoolIds.get(990002)!, localAuthorityId: laIds.birmingham },
  );
  // Permanently excluded from Saltley Park a fortnight ago: no safety check, no provision: overdue.
  const kyle = await child({ first: 'Kyle', last: 'Bennett', dob: '2010-11-11', sex: Sex.MALE, postcode: 'B8 3DF', cp: true });
  await open(
    kyle,
    { kind: RegisterKind.EXCLUDED, reason: EntryReason.PERMANENT_EXCLUSION, reportedOn: addDays(today, -14), exclusion: { startsOn: addDays(today, -14) } },
    { schoolId: schoolIds.get(990002)!, localAuthorityId: laIds.birmingham },
  );
  // Suspended yesterday for three days.
  const maya = await child({ first: 'Maya', last: 'Ali', dob: '2013-04-04', sex: Sex.FEMALE, postcode: 'B8 2LL', schoolUrn: 990001 });
  await open(
    maya,
    { kind: RegisterKind.EXCLUDED, reason: EntryReason.SUSPENSION, reportedOn: addDays(today, -1), exclusion: { startsOn: addDays(today, -1), endsOn: addDays(today, 3) } },
    { schoolId: schoolIds.get(990001)!, localAuthorityId: laIds.birmingham },
  );
  // EHC plan, on six hours a week since the spring, never visited.
  const noah = await child({ first: 'Noah', last: 'Walsh', dob: '2012-02-17', sex: Sex.MALE, postcode: 'B12 9QQ', ehcp: true });
  await open(noah, { kind: RegisterKind.EHCP, reason: EntryReason.EHCP_NOT_FULL_TIME, reportedOn: addDays(today, -90), ehcp: { hoursPerWeek: 6, fullTimeStoppedOn: addDays(today, -200) } });

  // A Bradford child, which Birmingham's team must never see.
  const bradford = await child({ first: 'Imran', last: 'Shah', dob: '2013-08-08', sex: Sex.MALE, postcode: 'BD3 9AB' }, laIds.bradford);
  await open(bradford, { kind: RegisterKind.CME, reason: EntryReason.IDENTIFIED_BY_COUNCIL, reportedOn: addDays(today, -2) }, { schoolId: null, localAuthorityId: laIds.bradford });
  return count;
}
