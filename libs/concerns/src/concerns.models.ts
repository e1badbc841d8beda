import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@safeguard/platform';
import {
  ChannelOutcome, ConcernCategory, ConcernStatus, DecisionOutcome, DecisionStatus, SignOffVerdict, ThresholdLevel,
} from './concern.enums';

@ObjectType('PreventDetails', { description: 'The Prevent referral details of a radicalisation concern.' })
export class PreventDetailsModel {
  @Field(() => String, { nullable: true, description: 'How the concern arose.' })
  howConcernArose: string | null;

  @Field(() => String, { nullable: true, description: 'The indicators seen.' })
  indicators: string | null;

  @Field(() => String, { nullable: true, description: 'The ideology, if known.' })
  ideology: string | null;

  @Field(() => String, { nullable: true, description: 'Online activity.' })
  onlineActivity: string | null;

  @Field(() => String, { nullable: true, description: 'Contacts.' })
  contacts: string | null;

  @Field(() => String, { nullable: true, description: 'Any threats.' })
  threats: string | null;

  @Field(() => String, { nullable: true, description: 'SEND context.' })
  sendContext: string | null;

  @Field(() => String, { nullable: true, description: 'Family context.' })
  familyContext: string | null;
}

@ObjectType('RiskCall', { description: 'The call made about a child at immediate risk.' })
export class RiskCallModel {
  @Field({ description: 'Who was called.' })
  to: string;

  @Field({ description: 'When.' })
  at: Date;

  @Field({ description: 'What was said and agreed.' })
  outcome: string;
}

@ObjectType('ConcernAddition', { description: 'Something added to a submitted concern.' })
export class ConcernAdditionModel {
  @Field(() => ID, { description: 'The addition.' })
  id: string;

  @Field(() => ID, { description: 'The concern.' })
  concernId: string;

  @Field(() => ID, { description: 'Who added it.' })
  authorId: string;

  @Field({ description: 'What was added.' })
  text: string;

  @Field({ description: 'When.' })
  createdAt: Date;
}

@ObjectType('ConcernAttachment', { description: 'A file attached to a concern (PDF or image), downloaded from `downloadPath` with your access token.' })
export class ConcernAttachmentModel {
  @Field(() => ID, { description: 'The attachment.' })
  id: string;

  @Field({ description: 'The name it was uploaded with.' })
  fileName: string;

  @Field({ description: 'Its type, read from the content.' })
  mediaType: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  byteSize: number;

  @Field({ description: 'SHA-256 of the content, hex.' })
  sha256: string;

  @Field({ description: 'Whether it was added after the concern was submitted.' })
  addedAfterSubmission: boolean;

  @Field({ description: 'When it was uploaded.' })
  createdAt: Date;

  @Field({ description: 'Where to GET the bytes (with the Authorization header).' })
  downloadPath: string;
}

@ObjectType('ConcernDecision', { description: 'A threshold decision on a concern, and its sign-off.' })
export class ConcernDecisionModel {
  @Field(() => ID, { description: 'The decision.' })
  id: string;

  @Field(() => ID, { description: 'The concern.' })
  concernId: string;

  @Field(() => DecisionOutcome, { description: 'What was decided.' })
  outcome: DecisionOutcome;

  @Field(() => ThresholdLevel, { description: 'The level of need relied on.' })
  thresholdLevel: ThresholdLevel;

  @Field(() => [String], { description: 'The threshold criteria relied on.' })
  criteria: string[];

  @Field({ description: 'The written rationale.' })
  rationale: string;

  @Field(() => ID, { description: 'Who decided.' })
  decidedById: string;

  @Field({ description: 'When.' })
  decidedAt: Date;

  @Field({ description: 'Whether an unqualified officer made it, so it needs a manager’s sign-off.' })
  needsSignOff: boolean;

  @Field(() => DecisionStatus, { description: 'Whether it is in effect.' })
  status: DecisionStatus;

  @Field(() => Date, { nullable: true, description: 'When the sign-off is due.' })
  signOffDueAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The manager who signed it off.' })
  signedOffById: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was signed off.' })
  signedOffAt: Date | null;

  @Field(() => SignOffVerdict, { nullable: true, description: 'Agreed or changed.' })
  signOffVerdict: SignOffVerdict | null;

  @Field(() => String, { nullable: true, description: 'Why the manager changed it.' })
  changeReason: string | null;

  @Field(() => ID, { nullable: true, description: 'For a manager’s decision made at sign-off: the one it replaced.' })
  replacesDecisionId: string | null;
}

@ObjectType('Concern', { description: 'A safeguarding concern raised by a school about a child, and what the council did.' })
export class ConcernModel {
  @Field(() => ID, { description: 'The concern.' })
  id: string;

  @Field(() => ConcernStatus, { description: 'Where it is.' })
  status: ConcernStatus;

  @Field(() => ID, { description: 'The local authority whose front door it went to.' })
  localAuthorityId: string;

  @Field(() => ID, { description: 'The school that raised it.' })
  schoolId: string;

  @Field(() => ID, { description: 'Who raised it.' })
  authorId: string;

  @Field(() => ID, { nullable: true, description: 'The child (set by submission at the latest).' })
  childId: string | null;

  @Field(() => [ConcernCategory], { description: 'What it is about.' })
  categories: ConcernCategory[];

  @Field(() => String, { nullable: true, description: 'What was seen or heard, in the reporter’s words.' })
  account: string | null;

  @Field(() => String, { nullable: true, description: 'When it happened.' })
  occurredOn: string | null;

  @Field(() => String, { nullable: true, description: 'At what time, if known (HH:MM).' })
  occurredTime: string | null;

  @Field(() => String, { nullable: true, description: 'What the school had already done.' })
  actionTaken: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the child or family was told.' })
  childOrFamilyTold: boolean | null;

  @Field(() => String, { nullable: true, description: 'Why they were not told.' })
  notToldReason: string | null;

  @Field({ description: 'Whether the child was at immediate risk (first in the queue).' })
  immediateRisk: boolean;

  @Field(() => Date, { nullable: true, description: 'When it was submitted.' })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the decision is due (one working day).' })
  decisionDueAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the first decision was made.' })
  firstDecidedAt: Date | null;

  @Field(() => DecisionOutcome, { nullable: true, description: 'The decision in effect; null until one is.' })
  outcome: DecisionOutcome | null;

  @Field(() => Date, { nullable: true, description: 'When the outcome took effect.' })
  outcomeAt: Date | null;

  @Field(() => ChannelOutcome, { nullable: true, description: 'For a Prevent referral: what the Channel panel did.' })
  channelOutcome: ChannelOutcome | null;

  @Field(() => String, { nullable: true, description: 'When the Channel panel decided.' })
  channelOutcomeOn: string | null;

  @Field({ description: 'When the record was created.' })
  createdAt: Date;

  @Field({ description: 'When it last changed.' })
  updatedAt: Date;
}

@ObjectType()
export class ConcernConnection extends Connection(ConcernModel, 'Concern') {}

@ObjectType()
export class ConcernDecisionConnection extends Connection(ConcernDecisionModel, 'ConcernDecision') {}

@ObjectType('FrontDoorDashboard', { description: 'How the front door stands now: what waits, and for how long.' })
export class FrontDoorDashboardModel {
  @Field(() => ID, { description: 'The local authority.' })
  localAuthorityId: string;

  @Field({ description: 'When these figures were read.' })
  asOf: Date;

  @Field(() => Int, { description: 'Concerns waiting for a decision.' })
  waiting: number;

  @Field(() => Int, { description: 'Of those, children at immediate risk.' })
  waitingImmediateRisk: number;

  @Field(() => Int, { description: 'Of those, past their one-working-day deadline.' })
  waitingOverdue: number;

  @Field(() => Float, { nullable: true, description: 'Median time waiting so far, in hours.' })
  medianWaitHours: number | null;

  @Field(() => Float, { nullable: true, description: 'Longest time waiting so far, in hours.' })
  longestWaitHours: number | null;

  @Field(() => Int, { description: 'Decisions awaiting a manager’s sign-off.' })
  awaitingSignOff: number;

  @Field(() => Int, { description: 'Of those, past the sign-off window.' })
  signOffOverdue: number;

  @Field(() => Float, { nullable: true, description: 'The oldest decision awaiting sign-off, age in hours.' })
  oldestSignOffWaitHours: number | null;

  @Field(() => Int, { description: 'The authority’s sign-off window in working days.' })
  signOffWorkingDays: number;
}
