import { ArgsType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { Connection, ConnectionArgs } from '@safeguard/platform';
import { SafeguardingReturnModel } from '../returns/safeguarding-return.models';
import { HeadcountSource, PreventRiskRating } from './prevent.enums';

@ObjectType('PreventThemeAssessment', { description: 'One theme of the Prevent duty as the school assessed it.' })
export class PreventThemeModel {
  @Field(() => PreventRiskRating, { description: 'The school’s own rating.' })
  rating: PreventRiskRating;

  @Field({ description: 'What the school does, and will do, about it.' })
  actions: string;
}

@ObjectType('PreventRiskAssessment', { description: 'A school’s Prevent risk assessment for one school year, on the four themes of the duty.' })
export class PreventRiskAssessmentModel {
  @Field(() => ID, { description: 'The risk assessment.' })
  id: string;

  @Field(() => ID, { description: 'The school.' })
  schoolId: string;

  @Field({ description: 'The school year it covers, e.g. "2026/27".' })
  schoolYear: string;

  @Field(() => PreventThemeModel, { description: 'Risk assessment.' })
  riskAssessment: PreventThemeModel;

  @Field(() => PreventThemeModel, { description: 'Working in partnership.' })
  partnership: PreventThemeModel;

  @Field(() => PreventThemeModel, { description: 'Staff training.' })
  staffTraining: PreventThemeModel;

  @Field(() => PreventThemeModel, { description: 'IT and online-safety policies.' })
  onlineSafety: PreventThemeModel;

  @Field(() => PreventRiskRating, { description: 'The school’s overall rating.' })
  overallRating: PreventRiskRating;

  @Field(() => Int, { description: 'Staff at the school when it was reviewed.' })
  staffHeadcount: number;

  @Field(() => String, { description: 'When it was reviewed.' })
  reviewedOn: string;

  @Field(() => ID, { nullable: true, description: 'Who recorded it last.' })
  recordedById: string | null;

  @Field({ description: 'When it was last recorded.' })
  updatedAt: Date;
}

@ObjectType('PreventTrainingRecord', { description: 'That a member of staff completed Prevent awareness training.' })
export class PreventTrainingRecordModel {
  @Field(() => ID, { description: 'The record.' })
  id: string;

  @Field(() => ID, { description: 'The school.' })
  schoolId: string;

  @Field({ description: 'The trainee’s name.' })
  staffName: string;

  @Field({ description: 'Their job.' })
  staffRole: string;

  @Field(() => ID, { nullable: true, description: 'Their portal account, if linked.' })
  userId: string | null;

  @Field({ description: 'Trained as a designated safeguarding lead.' })
  isDsl: boolean;

  @Field(() => String, { description: 'When they completed it.' })
  trainedOn: string;

  @Field({ description: 'The course.' })
  course: string;

  @Field(() => ID, { nullable: true, description: 'Who recorded it.' })
  recordedById: string | null;

  @Field({ description: 'When it was recorded.' })
  createdAt: Date;
}

@ObjectType()
export class PreventTrainingRecordConnection extends Connection(PreventTrainingRecordModel, 'PreventTrainingRecord') {}

@ObjectType('DslPreventTraining', { description: 'Whether one of the school’s designated safeguarding leads holds current Prevent awareness training.' })
export class DslPreventTrainingModel {
  @Field(() => ID, { description: 'The DSL’s account.' })
  userId: string;

  @Field({ description: 'Their name.' })
  name: string;

  @Field({ description: 'Whether a training record linked to them is within the refresh period.' })
  trained: boolean;

  @Field(() => String, { nullable: true, description: 'Their latest Prevent training at this school.' })
  lastTrainedOn: string | null;

  @Field(() => String, { nullable: true, description: 'When that training must be refreshed by (every two years).' })
  refreshDueOn: string | null;
}

@ObjectType('PreventReferral', { description: 'A Prevent concern the school raised with the council, and what came of it.' })
export class PreventReferralModel {
  @Field(() => ID, { description: 'The concern (readable with the `concern` query).' })
  concernId: string;

  @Field(() => Date, { nullable: true, description: 'When the school submitted it.' })
  submittedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The council’s decision in effect (a DecisionOutcome, e.g. PREVENT_REFERRAL); null until decided.' })
  outcome: string | null;

  @Field(() => String, { nullable: true, description: 'What the Channel panel did (a ChannelOutcome), if it has decided.' })
  channelOutcome: string | null;

  @Field(() => String, { nullable: true, description: 'When the Channel panel decided.' })
  channelOutcomeOn: string | null;
}

@ObjectType('PreventReferrals', { description: 'The school’s Prevent concerns: those about radicalisation, or referred to Prevent by the council.' })
export class PreventReferralsModel {
  @Field(() => Int, { description: 'How many the school has raised.' })
  count: number;

  @Field(() => Int, { description: 'Of those, how many the council referred to Prevent (Channel).' })
  referredToPrevent: number;

  @Field(() => Int, { description: 'How many were submitted this term.' })
  thisTerm: number;

  @Field(() => [PreventReferralModel], { description: 'The most recent, newest first (up to 100); empty for a governance clerk, who sees the counts only.' })
  concerns: PreventReferralModel[];
}

@ObjectType('SafeguardingReturnSuggestion', { description: 'Figures the portal already holds, to prefill this term’s return; the school submits its own.' })
export class SafeguardingReturnSuggestionModel {
  @Field(() => Int, { nullable: true, description: 'The latest staff headcount given.' })
  staffHeadcount: number | null;

  @Field(() => Int, { description: 'Staff with Prevent training in the period that counts.' })
  staffPreventTrained: number;

  @Field(() => Int, { description: 'Prevent concerns submitted this term.' })
  preventReferrals: number;
}

@ObjectType('PreventDuty', { description: 'A school’s Prevent duty record: risk assessment, staff training, referrals and its termly return.' })
export class PreventDutyModel {
  @Field(() => ID, { description: 'The school.' })
  schoolId: string;

  @Field({ description: 'Its name.' })
  schoolName: string;

  @Field(() => String, { description: 'The day these figures are for (London).' })
  asOf: string;

  @Field({ description: 'The current school year, e.g. "2026/27".' })
  schoolYear: string;

  @Field(() => PreventRiskAssessmentModel, { nullable: true, description: 'The latest risk assessment, whatever its year.' })
  riskAssessment: PreventRiskAssessmentModel | null;

  @Field({ description: 'Whether the latest risk assessment is for the current school year (or later).' })
  riskAssessmentCurrent: boolean;

  @Field({ description: 'Whether every DSL of the school holds Prevent training within the refresh period (false when it has no DSL on record).' })
  dslTrained: boolean;

  @Field(() => [String], { description: 'The DSLs without current Prevent training, by name: the flag to act on.' })
  untrainedDsls: string[];

  @Field(() => [DslPreventTrainingModel], { description: 'Each DSL in post today with a portal account, and their training.' })
  dsls: DslPreventTrainingModel[];

  @Field(() => Int, { description: 'Distinct staff with Prevent training in the period that counts (two years).' })
  staffTrained: number;

  @Field(() => Int, { nullable: true, description: 'The latest staff headcount given, in a risk assessment or a return.' })
  staffHeadcount: number | null;

  @Field(() => HeadcountSource, { nullable: true, description: 'Where that headcount was given.' })
  staffHeadcountSource: HeadcountSource | null;

  @Field(() => Float, { nullable: true, description: 'Staff trained ÷ staff headcount, from 0 to 1 (above 1 means the headcount is out of date); null without a headcount.' })
  shareOfStaffTrained: number | null;

  @Field(() => PreventReferralsModel, { description: 'Prevent concerns the school raised.' })
  preventReferrals: PreventReferralsModel;

  @Field(() => SafeguardingReturnModel, { nullable: true, description: 'This term’s return, once submitted.' })
  currentReturn: SafeguardingReturnModel | null;

  @Field(() => SafeguardingReturnSuggestionModel, { description: 'Figures to prefill this term’s return.' })
  returnSuggestion: SafeguardingReturnSuggestionModel;
}

@ArgsType()
export class TrainingRecordsArgs extends ConnectionArgs {}

@ArgsType()
export class PreventDutyArgs {
  @Field(() => ID, { description: 'The school.' })
  @IsUUID()
  schoolId: string;
}
