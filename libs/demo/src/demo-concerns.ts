import { EntityManager } from 'typeorm';
import { londonToday } from '@safeguard/calendar';
import {
  ChannelOutcome, Concern, ConcernCategory, ConcernDecisionsService, ConcernStatus, ConcernSubmission, DecisionOutcome,
  SignOffVerdict, ThresholdLevel,
} from '@safeguard/concerns';
import { Actor } from '@safeguard/policy';
import { ChildrenService, Sex } from '@safeguard/register';
import { demoActor } from './demo-actor';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface DemoConcern {
  by: Actor;
  child: { first: string; last: string; dob: string; sex: Sex } | string;
  categories: ConcernCategory[];
  account: string;
  hoursAgo: number;
  immediateRisk?: boolean;
  prevent?: Partial<Concern['prevent']>;
}

const decision = (outcome: DecisionOutcome, thresholdLevel: ThresholdLevel, rationale: string, criteria: string[]) => ({
  outcome, thresholdLevel, rationale, criteria,
});

/**
 * Concerns at every stage: a draft, waiting (one at immediate risk, one overdue), awaiting
 * sign-off (one overdue), agreed, changed at sign-off, a Prevent referral with its Channel
 * outcome, a repeat concern, and one in Bradford. Times are relative to now.
 */
export async function seedConcernsDemo(
  manager: EntityManager,
  services: { children: ChildrenService; submission: ConcernSubmission; decisions: ConcernDecisionsService },
): Promise<number> {
  const now = Date.now();
  const [dsl1, dsl2, head3, officer, managerActor] = await Promise.all(
    ['dsl1@demo.test', 'dsl2@demo.test', 'head3@demo.test', 'officer@demo.test', 'manager@demo.test'].map((e) => demoActor(manager, e)),
  );
  const childId = async (by: Actor, child: DemoConcern['child'], schoolId: string, la: string) => {
    if (typeof child === 'string') {
      const [row] = await manager.query('SELECT id FROM children WHERE legal_first_name || \' \' || legal_last_name = $1', [child]);
      return row.id as string;
    }
    const [school] = await manager.query('SELECT urn FROM schools WHERE id = $1', [schoolId]);
    return (
      await services.children.create(manager, by, la, {
        legalFirstName: child.first, legalLastName: child.last, dateOfBirth: child.dob, sex: child.sex, postcode: 'B8 3AA', schoolUrn: school.urn,
      })
    ).id;
  };
  let count = 0;
  const raise = async (c: DemoConcern, status: ConcernStatus = ConcernStatus.AWAITING_DECISION): Promise<Concern> => {
    const grant = c.by.grants[0];
    const [school] = await manager.query('SELECT local_authority_id FROM schools WHERE id = $1', [grant.schoolId]);
    const at = new Date(now - c.hoursAgo * HOUR);
    const concern = await manager.save(
      manager.create(Concern, {
        localAuthorityId: school.local_authority_id,
        schoolId: grant.schoolId!,
        authorId: c.by.userId!,
        status: ConcernStatus.DRAFT,
        childId: await childId(c.by, c.child, grant.schoolId!, school.local_authority_id),
        draftChild: null,
        categories: c.categories,
        account: c.account,
        occurredOn: londonToday(at),
        occurredTime: null,
        actionTaken: 'Spoke to the child and recorded it on the school’s safeguarding system.',
        childOrFamilyTold: !c.immediateRisk,
        notToldReason: c.immediateRisk ? 'Telling the family could put the child at greater risk.' : null,
        immediateRisk: Boolean(c.immediateRisk),
        riskCallTo: c.immediateRisk ? 'Police (999)' : null,
        riskCallAt: c.immediateRisk ? new Date(at.getTime() - 10 * 60_000) : null,
        riskCallOutcome: c.immediateRisk ? 'Police attending; child kept safe at school meanwhile.' : null,
        prevent: {
          howConcernArose: null, indicators: null, ideology: null, onlineActivity: null, contacts: null, threats: null,
          sendContext: null, familyContext: null, ...c.prevent,
        },
      }),
    );
    count++;
    return status === ConcernStatus.DRAFT ? concern : services.submission.submit(manager, c.by, concern, at);
  };
  const decide = (concern: Concern, by: Actor, hoursAfter: number, d: ReturnType<typeof decision>) =>
    services.decisions.decideIn(manager, by, { concernId: concern.id, ...d }, new Date(concern.submittedAt!.getTime() + hoursAfter * HOUR));
  const signOff = (decisionId: string, at: number, input: Partial<{ verdict: SignOffVerdict; changeReason: string; replacement: ReturnType<typeof decision> }> = {}) =>
    services.decisions.signOffIn(manager, managerActor, { decisionId, verdict: SignOffVerdict.AGREE, ...input }, new Date(at));

  await raise(
    { by: dsl1, child: 'Maya Ali', categories: [ConcernCategory.ONLINE_HARM], account: 'Maya showed a friend messages from an adult asking her to meet.', hoursAgo: 1 },
    ConcernStatus.DRAFT,
  );
  await raise({
    by: dsl1, child: { first: 'Ellie', last: 'Turner', dob: '2016-02-11', sex: Sex.FEMALE }, categories: [ConcernCategory.PHYSICAL_ABUSE],
    account: 'Ellie has a hand-shaped bruise on her upper arm and says she is scared to go home tonight.', hoursAgo: 0.5, immediateRisk: true,
  });
  const overdue = await raise({
    by: dsl1, child: 'Amira Khan', categories: [ConcernCategory.NEGLECT], account: 'Amira has worn the same clothes all week and says there is no heating at home.', hoursAgo: 6 * 24,
  });
  await raise({
    by: dsl2, child: { first: 'Tyler', last: 'Reid', dob: '2012-09-30', sex: Sex.MALE }, categories: [ConcernCategory.DOMESTIC_ABUSE],
    account: 'Tyler says police came to the house again last night after shouting and a smashed window.', hoursAgo: 2,
  });
  const pending = await raise({
    by: dsl2, child: { first: 'Sofia', last: 'Nowak', dob: '2013-01-19', sex: Sex.FEMALE }, categories: [ConcernCategory.EMOTIONAL_ABUSE],
    account: 'Sofia says her stepfather calls her worthless every day and she has started self-harming.', hoursAgo: 6,
  });
  await decide(pending, officer, 2, decision(DecisionOutcome.EARLY_HELP, ThresholdLevel.ADDITIONAL_NEEDS, 'Family known to early help; mother asking for support.', ['Emotional needs not met at home']));
  const stale = await raise({
    by: dsl1, child: { first: 'Ryan', last: 'Cole', dob: '2011-06-04', sex: Sex.MALE }, categories: [ConcernCategory.CHILD_CRIMINAL_EXPLOITATION],
    account: 'Ryan has new trainers and two phones and is collected by older boys in a car after school.', hoursAgo: 8 * 24,
  });
  await decide(stale, officer, 3, decision(DecisionOutcome.CHILDRENS_SOCIAL_CARE, ThresholdLevel.COMPLEX_NEEDS, 'Indicators of criminal exploitation; needs a social work assessment.', ['Going missing', 'Unexplained money or goods']));
  const agreed = await raise({
    by: dsl1, child: { first: 'Chloe', last: 'Evans', dob: '2015-11-02', sex: Sex.FEMALE }, categories: [ConcernCategory.SEXUAL_ABUSE],
    account: 'Chloe described an older cousin touching her and asked us not to tell anyone.', hoursAgo: 20 * 24,
  });
  const agreedDecision = await decide(agreed, officer, 4, decision(DecisionOutcome.STRATEGY_DISCUSSION, ThresholdLevel.SIGNIFICANT_HARM, 'Disclosure of sexual abuse: reasonable cause to suspect significant harm.', ['Disclosure of sexual abuse']));
  await signOff(agreedDecision.id, agreed.submittedAt!.getTime() + 6 * HOUR);
  const changed = await raise({
    by: dsl2, child: { first: 'Jacob', last: 'Hughes', dob: '2014-04-14', sex: Sex.MALE }, categories: [ConcernCategory.NEGLECT],
    account: 'Jacob has had untreated toothache for weeks and often falls asleep in class.', hoursAgo: 15 * 24,
  });
  const nfa = await decide(changed, officer, 5, decision(DecisionOutcome.NO_FURTHER_ACTION, ThresholdLevel.UNIVERSAL, 'Parents say a dental appointment is booked.', ['Health needs met by universal services']));
  await signOff(nfa.id, changed.submittedAt!.getTime() + DAY, {
    verdict: SignOffVerdict.CHANGE,
    changeReason: 'A pattern of neglect across health and sleep; early help, not no further action.',
    replacement: decision(DecisionOutcome.EARLY_HELP, ThresholdLevel.ADDITIONAL_NEEDS, 'Several unmet needs together meet the early help threshold.', ['Health needs not met', 'Tiredness affecting learning']),
  });
  const prevent = await raise({
    by: dsl1, child: { first: 'Adam', last: 'Lewis', dob: '2010-08-21', sex: Sex.MALE }, categories: [ConcernCategory.RADICALISATION],
    account: 'Adam told classmates that a recent terror attack was justified and shared a propaganda video.', hoursAgo: 30 * 24,
    prevent: { howConcernArose: 'Comments in a citizenship lesson.', indicators: 'Justifying violence; sharing propaganda.', onlineActivity: 'Watches extremist channels.' },
  });
  await decide(prevent, managerActor, 6, decision(DecisionOutcome.PREVENT_REFERRAL, ThresholdLevel.COMPLEX_NEEDS, 'Vulnerable to radicalisation; Channel panel to consider support.', ['Susceptible to extremist ideology']));
  await services.decisions.recordChannelOutcomeIn(manager, officer, { concernId: prevent.id, outcome: ChannelOutcome.ADOPTED, decidedOn: londonToday(new Date(now - 20 * DAY)) });
  // A late decision (after its one working day) and a repeat concern about Amira.
  const earlier = await raise({
    by: dsl1, child: 'Amira Khan', categories: [ConcernCategory.NEGLECT], account: 'Amira arrived without a coat in the snow and said she had not eaten breakfast.', hoursAgo: 60 * 24,
  });
  await decide(earlier, managerActor, 80, decision(DecisionOutcome.ADVICE_OR_SIGNPOSTING, ThresholdLevel.UNIVERSAL, 'School to signpost the family to the food bank and uniform support.', ['Basic needs mostly met']));
  await raise({
    by: head3, child: { first: 'Hassan', last: 'Mirza', dob: '2013-12-01', sex: Sex.MALE }, categories: [ConcernCategory.MISSING_FROM_HOME_OR_CARE],
    account: 'Hassan went missing overnight for the second time this month.', hoursAgo: 3,
  });
  void overdue;
  return count;
}
