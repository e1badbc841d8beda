import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsEnum, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { ConnectionArgs } from '@safeguard/platform';
import { ChannelOutcome, DecisionOutcome, SignOffVerdict, ThresholdLevel } from '../concern.enums';
import { CONCERN_RULES } from '../concern-rules';

@InputType({ description: 'A threshold decision: what will happen, the criteria relied on, and why.' })
export class DecisionInput {
  @Field(() => DecisionOutcome, { description: 'What will happen.' })
  @IsEnum(DecisionOutcome)
  outcome: DecisionOutcome;

  @Field(() => ThresholdLevel, { description: 'The level of need in the local threshold document.' })
  @IsEnum(ThresholdLevel)
  thresholdLevel: ThresholdLevel;

  @Field(() => [String], { description: 'The threshold criteria relied on, in the document’s words (at least one).' })
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  @ArrayMinSize(1, { message: 'criteria must name at least one threshold criterion' })
  @ArrayMaxSize(20)
  criteria: string[];

  @Field({ description: 'Why: the written rationale. It cannot be empty.' })
  @IsString()
  @MaxLength(20_000)
  rationale: string;
}

@InputType({ description: 'An officer’s or manager’s decision on a concern waiting at the front door.' })
export class DecideConcernInput extends DecisionInput {
  @Field(() => ID, { description: 'The concern.' })
  @IsUUID()
  concernId: string;
}

@InputType({ description: 'A manager’s sign-off of an unqualified officer’s decision.' })
export class SignOffDecisionInput {
  @Field(() => ID, { description: 'The decision awaiting sign-off.' })
  @IsUUID()
  decisionId: string;

  @Field(() => SignOffVerdict, { description: 'Agree, or change it.' })
  @IsEnum(SignOffVerdict)
  verdict: SignOffVerdict;

  @Field(() => DecisionInput, { nullable: true, description: 'For CHANGE: the manager’s decision, which replaces it.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DecisionInput)
  replacement?: DecisionInput;

  @Field(() => String, { nullable: true, description: 'For CHANGE: why the decision was changed.' })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  changeReason?: string;
}

@InputType({ description: 'What a Channel panel did with a Prevent referral.' })
export class RecordChannelOutcomeInput {
  @Field(() => ID, { description: 'The concern referred to Prevent.' })
  @IsUUID()
  concernId: string;

  @Field(() => ChannelOutcome, { description: 'The panel’s outcome.' })
  @IsEnum(ChannelOutcome)
  outcome: ChannelOutcome;

  @Field({ description: 'When the panel decided.' })
  @IsISO8601({ strict: true }, { message: 'decidedOn must be a date (YYYY-MM-DD)' })
  decidedOn: string;
}

@InputType({ description: 'An authority’s window for signing off unqualified officers’ decisions.' })
export class SetSignOffWindowInput {
  @Field(() => ID, { nullable: true, description: 'The local authority; defaults to your own.' })
  @IsOptional()
  @IsUUID()
  localAuthorityId?: string;

  @Field(() => Int, { description: 'Working days a manager has to sign off.' })
  @IsInt()
  @Min(CONCERN_RULES.signOffWorkingDaysBounds[0])
  @Max(CONCERN_RULES.signOffWorkingDaysBounds[1])
  workingDays: number;
}

@ArgsType()
export class FrontDoorArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'The local authority; defaults to your own.' })
  @IsOptional()
  @IsUUID()
  localAuthorityId?: string;
}

@ArgsType()
export class FrontDoorDashboardArgs {
  @Field(() => ID, { nullable: true, description: 'The local authority; defaults to your own.' })
  @IsOptional()
  @IsUUID()
  localAuthorityId?: string;
}
