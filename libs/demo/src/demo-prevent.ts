import { EntityManager } from 'typeorm';
import { addDays, addMonths, defaultTermOf, IsoDate, termLabel } from '@safeguard/calendar';

const DAY = 86_400_000;

type Rating = 'LOW' | 'MEDIUM' | 'HIGH';

interface DemoAssessment {
  urn: number;
  /** Reviewed this many days ago; an assessment reviewed over a year ago is last year's. */
  daysAgo: number;
  ratings: [Rating, Rating, Rating, Rating, Rating];
  staffHeadcount: number;
}

interface DemoTraining {
  urn: number;
  name: string;
  role: string;
  /** The trainee's demo account, when they have one. */
  email?: string;
  isDsl?: boolean;
  /** Trained this many months ago. */
  monthsAgo: number;
  course?: string;
}

interface DemoReturn {
  urn: number;
  daysAgo: number;
  governanceChecksComplete: boolean;
  staffHeadcount: number;
  staffPreventTrained: number;
  deletionsFromRoll: number;
  deletionsWithKnownDestination: number;
  preventReferrals: number;
  /** The demo account that submitted it, if any. */
  by?: string;
  notes?: string;
}

const ACTIONS = [
  'Local risk profile from the Prevent lead reviewed with governors; curriculum covers extremism and British values.',
  'Prevent lead and police schools officer met termly; parents told how to raise a concern.',
  'Prevent awareness e-learning in induction; whole-staff refresher at the September INSET day.',
  'Filtering and monitoring checked against the DfE standards; alerts go to the DSL daily.',
];

// Birmingham's schools: one school's DSL (Dev DSL, Alder Road) with training now out of date, so the flag shows.
const ASSESSMENTS: DemoAssessment[] = [
  { urn: 990001, daysAgo: 30, ratings: ['MEDIUM', 'LOW', 'MEDIUM', 'LOW', 'MEDIUM'], staffHeadcount: 38 },
  { urn: 990002, daysAgo: 45, ratings: ['LOW', 'LOW', 'LOW', 'MEDIUM', 'LOW'], staffHeadcount: 85 },
  { urn: 990004, daysAgo: 20, ratings: ['HIGH', 'MEDIUM', 'HIGH', 'MEDIUM', 'HIGH'], staffHeadcount: 24 },
  // St Chad's last review was last school year's.
  { urn: 990007, daysAgo: 400, ratings: ['LOW', 'LOW', 'MEDIUM', 'LOW', 'LOW'], staffHeadcount: 30 },
];

const TRAINING: DemoTraining[] = [
  { urn: 990001, name: 'Dev DSL', role: 'Designated safeguarding lead', email: 'dsl1@demo.test', isDsl: true, monthsAgo: 27, course: 'Prevent awareness for DSLs (local authority)' },
  { urn: 990001, name: 'Harriet Head', role: 'Headteacher', email: 'head1@demo.test', monthsAgo: 5 },
  { urn: 990001, name: 'Owen Price', role: 'Class teacher', monthsAgo: 5 },
  { urn: 990001, name: 'Lucy Grant', role: 'Class teacher', monthsAgo: 5 },
  { urn: 990001, name: 'Samir Begum', role: 'Teaching assistant', monthsAgo: 14 },
  { urn: 990001, name: 'Joan Fisher', role: 'Office manager', monthsAgo: 30 },
  { urn: 990002, name: 'Dana DSL', role: 'Designated safeguarding lead', email: 'dsl2@demo.test', isDsl: true, monthsAgo: 7, course: 'Prevent awareness for DSLs (local authority)' },
  { urn: 990002, name: 'Hamid Head', role: 'Headteacher', email: 'head2@demo.test', monthsAgo: 7 },
  { urn: 990002, name: 'Chloe Adams', role: 'Head of year 9', monthsAgo: 3 },
  { urn: 990002, name: 'Ravi Patel', role: 'Computing teacher', monthsAgo: 3 },
  { urn: 990002, name: 'Ellen Stone', role: 'Learning mentor', monthsAgo: 11 },
  { urn: 990004, name: 'Marcus Hale', role: 'Deputy head (safeguarding)', isDsl: true, monthsAgo: 9 },
  { urn: 990004, name: 'Nina Shah', role: 'Form tutor', monthsAgo: 9 },
];

// This term's returns: most schools, but not Alder Road, Edgbaston Grange (independent), the PRU or Washwood Heath.
const RETURNS: DemoReturn[] = [
  { urn: 990002, daysAgo: 6, governanceChecksComplete: false, staffHeadcount: 85, staffPreventTrained: 70, deletionsFromRoll: 9, deletionsWithKnownDestination: 7, preventReferrals: 1, by: 'head2@demo.test',
    notes: 'Two deletions without a destination referred to the CME team.' },
  { urn: 990003, daysAgo: 5, governanceChecksComplete: false, staffHeadcount: 41, staffPreventTrained: 35, deletionsFromRoll: 2, deletionsWithKnownDestination: 2, preventReferrals: 0 },
  { urn: 990005, daysAgo: 4, governanceChecksComplete: true, staffHeadcount: 52, staffPreventTrained: 52, deletionsFromRoll: 0, deletionsWithKnownDestination: 0, preventReferrals: 0 },
  { urn: 990007, daysAgo: 3, governanceChecksComplete: true, staffHeadcount: 30, staffPreventTrained: 27, deletionsFromRoll: 1, deletionsWithKnownDestination: 1, preventReferrals: 0 },
  { urn: 990008, daysAgo: 2, governanceChecksComplete: true, staffHeadcount: 96, staffPreventTrained: 81, deletionsFromRoll: 6, deletionsWithKnownDestination: 4, preventReferrals: 1 },
  { urn: 990010, daysAgo: 1, governanceChecksComplete: false, staffHeadcount: 33, staffPreventTrained: 20, deletionsFromRoll: 3, deletionsWithKnownDestination: 1, preventReferrals: 0,
    notes: 'Proprietor’s Secretary of State check still awaited.' },
];

/**
 * The demo's Prevent duty records for Birmingham (days relative to `today`): risk assessments,
 * staff training with one DSL out of date, and this term's returns from some schools but not all.
 * Runs inside the seeder's transaction once schools and accounts exist; does nothing if already
 * seeded. Returns how many rows it wrote.
 */
export async function seedPreventDemo(manager: EntityManager, today: IsoDate): Promise<number> {
  const [{ seeded }] = await manager.query('SELECT EXISTS (SELECT 1 FROM prevent_risk_assessments) AS seeded');
  if (seeded) return 0;
  const schools = new Map<number, { id: string; la: string }>(
    (await manager.query('SELECT urn, id, local_authority_id FROM schools WHERE urn = ANY($1::int[])', [
      [...new Set([...ASSESSMENTS, ...TRAINING, ...RETURNS].map((r) => r.urn))],
    ])).map((r: { urn: number; id: string; local_authority_id: string }) => [r.urn, { id: r.id, la: r.local_authority_id }]),
  );
  const users = new Map<string, string>(
    (await manager.query('SELECT email, id FROM users WHERE email LIKE $1', ['%@demo.test'])).map((r: { email: string; id: string }) => [r.email, r.id]),
  );
  const school = (urn: number) => {
    const found = schools.get(urn);
    if (!found) throw new Error(`Demo school ${urn} is missing`);
    return found;
  };

  const assessments = ASSESSMENTS.map((a) => {
    const reviewedOn = addDays(today, -a.daysAgo);
    const year = defaultTermOf(reviewedOn).academicYear;
    const theme = (i: number) => ({ rating: a.ratings[i], actions: ACTIONS[i] });
    return {
      schoolId: school(a.urn).id,
      localAuthorityId: school(a.urn).la,
      schoolYear: `${year}/${String((year + 1) % 100).padStart(2, '0')}`,
      riskAssessment: theme(0),
      partnership: theme(1),
      staffTraining: theme(2),
      onlineSafety: theme(3),
      overallRating: a.ratings[4],
      staffHeadcount: a.staffHeadcount,
      reviewedOn,
      recordedById: null,
    };
  });
  await manager.insert('prevent_risk_assessments', assessments);

  const training = TRAINING.map((t) => ({
    schoolId: school(t.urn).id,
    localAuthorityId: school(t.urn).la,
    staffName: t.name,
    staffRole: t.role,
    userId: t.email ? (users.get(t.email) ?? null) : null,
    isDsl: Boolean(t.isDsl),
    trainedOn: addMonths(today, -t.monthsAgo),
    course: t.course ?? 'Home Office Prevent duty awareness e-learning',
    recordedById: null,
  }));
  await manager.insert('prevent_training_records', training);

  const term = defaultTermOf(today);
  const now = Date.now();
  const termOpened = Date.parse(`${term.startsOn}T00:00:00Z`);
  const returns = RETURNS.map(({ urn, daysAgo, by, notes, ...figures }) => ({
    schoolId: school(urn).id,
    localAuthorityId: school(urn).la,
    termStartsOn: term.startsOn,
    termLabel: termLabel(term),
    submittedById: by ? (users.get(by) ?? null) : null,
    // Within this term, however early in it today is.
    submittedAt: new Date(Math.min(now, Math.max(termOpened + 9 * 3_600_000, now - daysAgo * DAY))),
    ...figures,
    notes: notes ?? null,
  }));
  await manager.insert('safeguarding_returns', returns);
  return assessments.length + training.length + returns.length;
}
