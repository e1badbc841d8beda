import { ArgsType, Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsISO8601, IsOptional, IsUUID } from 'class-validator';
import { CONCERN_RULES } from '../concern-rules';
import { ChannelOutcome, ConcernCategory, DecisionOutcome } from '../concern.enums';

const isoDate = (field: string) => IsISO8601({ strict: true }, { message: `${field} must be a date (YYYY-MM-DD)` });

@ArgsType()
export class ConcernMeasuresArgs {
  @Field(() => ID, { nullable: true, description: 'The local authority; defaults to the caller’s only one.' })
  @IsOptional()
  @IsUUID()
  localAuthorityId?: string;

  @Field(() => String, { nullable: true, description: 'First day of the period (London date); defaults to the first day of the current term.' })
  @IsOptional()
  @isoDate('from')
  from?: string;

  @Field(() => String, { nullable: true, description: 'Last day of the period, included (London date); defaults to the last day of the current term.' })
  @IsOptional()
  @isoDate('to')
  to?: string;
}

@ObjectType({ description: 'How many concerns received in the period, about one category, have one outcome in effect.' })
export class ConcernOutcomeByCategory {
  @Field(() => ConcernCategory, { description: 'The category (a concern with several counts once in each).' })
  category: ConcernCategory;

  @Field(() => DecisionOutcome, { description: 'The decision in effect.' })
  outcome: DecisionOutcome;

  @Field(() => Int, { description: 'Concerns.' })
  count: number;
}

@ObjectType({ description: 'How many Prevent referrals from the period have one Channel outcome.' })
export class ChannelOutcomeCount {
  @Field(() => ChannelOutcome, { nullable: true, description: 'What the Channel panel did; null while it is awaited.' })
  outcome: ChannelOutcome | null;

  @Field(() => Int, { description: 'Concerns.' })
  count: number;
}

@ObjectType({
  description:
    'One authority’s front door over a period: concerns counted by the London date they were submitted, drafts never. ' +
    'Figures only: no child is read.',
})
export class ConcernMeasures {
  @Field(() => ID, { description: 'The local authority.' })
  localAuthorityId: string;

  @Field(() => String, { description: 'First day of the period (London date).' })
  from: string;

  @Field(() => String, { description: 'Last day of the period, included (London date).' })
  to: string;

  @Field(() => GraphQLISODateTime, { description: 'When the figures were taken; waits and deadlines are measured to it.' })
  asOf: Date;

  @Field(() => Int, { description: 'Concerns submitted in the period.' })
  contactsReceived: number;

  @Field(() => Int, { description: 'Concerns submitted in the period that are decided or past their decision deadline.' })
  decisionsDue: number;

  @Field(() => Int, { description: 'Of those, concerns whose first decision was recorded by its deadline (one working day).' })
  decidedWithinOneWorkingDay: number;

  @Field(() => Float, { nullable: true, description: 'decidedWithinOneWorkingDay as a percentage of decisionsDue, to one decimal; null when none were due.' })
  decidedWithinOneWorkingDayPercent: number | null;

  @Field(() => Float, { nullable: true, description: 'Median hours from submission to first decision, over concerns submitted in the period and decided; to one decimal.' })
  medianHoursToDecision: number | null;

  @Field(() => Int, { description: 'Decisions waiting for a manager’s sign-off now, whenever they were made.' })
  awaitingSignOff: number;

  @Field(() => Float, { nullable: true, description: 'Hours the longest-waiting of those has waited since it was made; to one decimal.' })
  oldestSignOffWaitHours: number | null;

  @Field(() => Float, { nullable: true, description: 'Median hours those have waited since they were made; to one decimal.' })
  medianSignOffWaitHours: number | null;

  @Field(() => Int, { description: 'Decisions signed off in the period (by the London date of the sign-off).' })
  signedOff: number;

  @Field(() => Int, { description: 'Of those, decisions the manager changed.' })
  changedAtSignOff: number;

  @Field(() => [ConcernOutcomeByCategory], { description: 'Concerns submitted in the period with a decision in effect, by category and outcome.' })
  outcomesByCategory: ConcernOutcomeByCategory[];

  @Field(() => Int, { description: 'Concerns submitted in the period whose decision in effect is a Prevent referral.' })
  preventReferrals: number;

  @Field(() => [ChannelOutcomeCount], { description: 'Those Prevent referrals by Channel outcome.' })
  channelOutcomes: ChannelOutcomeCount[];

  @Field(() => Int, {
    description: `Concerns submitted in the period whose child had another concern submitted in the ${CONCERN_RULES.repeatConcernMonths} months before it.`,
  })
  repeatConcerns: number;

  @Field(() => Int, { description: 'Children with at least one such repeat concern.' })
  childrenWithRepeatConcerns: number;
}
