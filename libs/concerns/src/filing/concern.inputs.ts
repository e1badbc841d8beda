import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayUnique, IsBoolean, IsEnum, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength,
  ValidateNested,
} from 'class-validator';
import { ConnectionArgs } from '@safeguard/platform';
import { ChildInput } from '@safeguard/register';
import { ConcernCategory, ConcernStatus } from '../concern.enums';

const LONG_TEXT = 20_000;

@InputType({ description: 'What a Channel panel needs from a Prevent referral; how it arose and the indicators are required to submit.' })
export class PreventDetailsInput {
  @Field(() => String, { nullable: true, description: 'How the concern arose.' })
  @IsOptional() @IsString() @MaxLength(LONG_TEXT)
  howConcernArose?: string | null;

  @Field(() => String, { nullable: true, description: 'The indicators of radicalisation seen.' })
  @IsOptional() @IsString() @MaxLength(LONG_TEXT)
  indicators?: string | null;

  @Field(() => String, { nullable: true, description: 'The ideology, if known.' })
  @IsOptional() @IsString() @MaxLength(LONG_TEXT)
  ideology?: string | null;

  @Field(() => String, { nullable: true, description: 'Online activity of concern.' })
  @IsOptional() @IsString() @MaxLength(LONG_TEXT)
  onlineActivity?: string | null;

  @Field(() => String, { nullable: true, description: 'Contacts or associates of concern.' })
  @IsOptional() @IsString() @MaxLength(LONG_TEXT)
  contacts?: string | null;

  @Field(() => String, { nullable: true, description: 'Any threats made.' })
  @IsOptional() @IsString() @MaxLength(LONG_TEXT)
  threats?: string | null;

  @Field(() => String, { nullable: true, description: 'Special educational needs or disability the panel should know.' })
  @IsOptional() @IsString() @MaxLength(LONG_TEXT)
  sendContext?: string | null;

  @Field(() => String, { nullable: true, description: 'Family context.' })
  @IsOptional() @IsString() @MaxLength(LONG_TEXT)
  familyContext?: string | null;
}

@InputType({ description: 'The phone call a filer must make, and record, when a child is at immediate risk.' })
export class RiskCallInput {
  @Field({ description: 'Who was called, e.g. "Police (999)" or "Children’s advice and support service duty line".' })
  @IsString() @MinLength(2) @MaxLength(200)
  to: string;

  @Field({ description: 'When the call was made.' })
  @IsISO8601({ strict: true }, { message: 'riskCall.at must be a date and time' })
  at: string;

  @Field({ description: 'What was said and agreed.' })
  @IsString() @MinLength(3) @MaxLength(LONG_TEXT)
  outcome: string;
}

@InputType({ description: 'A new draft, or changes to your own draft. Nothing is checked for completeness until it is submitted.' })
export class SaveConcernDraftInput {
  @Field(() => ID, { nullable: true, description: 'Your draft to change; omit to start a new one.' })
  @IsOptional() @IsUUID()
  concernId?: string;

  @Field(() => ID, { nullable: true, description: 'For a new draft, when you belong to several schools: which school raises it.' })
  @IsOptional() @IsUUID()
  schoolId?: string;

  @Field(() => ID, { nullable: true, description: 'A child already on the register or your school’s roll.' })
  @IsOptional() @IsUUID()
  childId?: string;

  @Field(() => ChildInput, { nullable: true, description: 'A child to add to the register when the concern is submitted.' })
  @IsOptional() @ValidateNested() @Type(() => ChildInput)
  child?: ChildInput;

  @Field(() => [ConcernCategory], { nullable: true, description: 'What the concern is about (one or more).' })
  @IsOptional() @IsEnum(ConcernCategory, { each: true }) @ArrayUnique() @ArrayMaxSize(13)
  categories?: ConcernCategory[];

  @Field(() => String, { nullable: true, description: 'What was seen or heard, in your own words.' })
  @IsOptional() @IsString() @MaxLength(LONG_TEXT)
  account?: string | null;

  @Field(() => String, { nullable: true, description: 'When it happened.' })
  @IsOptional() @IsISO8601({ strict: true }, { message: 'occurredOn must be a date (YYYY-MM-DD)' }) @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'occurredOn must be a date (YYYY-MM-DD)' })
  occurredOn?: string | null;

  @Field(() => String, { nullable: true, description: 'At what time (HH:MM), if known.' })
  @IsOptional() @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'occurredTime must be HH:MM' })
  occurredTime?: string | null;

  @Field(() => String, { nullable: true, description: 'What the school has already done.' })
  @IsOptional() @IsString() @MaxLength(LONG_TEXT)
  actionTaken?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the child or family has been told of the concern.' })
  @IsOptional() @IsBoolean()
  childOrFamilyTold?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Why they were not told (required then).' })
  @IsOptional() @IsString() @MaxLength(LONG_TEXT)
  notToldReason?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the child is at immediate risk: the call made must be recorded, and the concern goes to the front of the queue.' })
  @IsOptional() @IsBoolean()
  immediateRisk?: boolean;

  @Field(() => RiskCallInput, { nullable: true, description: 'The call made about an immediate risk.' })
  @IsOptional() @ValidateNested() @Type(() => RiskCallInput)
  riskCall?: RiskCallInput | null;

  @Field(() => PreventDetailsInput, { nullable: true, description: 'For a radicalisation concern: the Prevent referral details.' })
  @IsOptional() @ValidateNested() @Type(() => PreventDetailsInput)
  prevent?: PreventDetailsInput | null;
}

@InputType({ description: 'Submits your draft to the council’s front door. It cannot be edited afterwards, only added to.' })
export class SubmitConcernInput {
  @Field(() => ID, { description: 'The draft.' })
  @IsUUID()
  concernId: string;
}

@InputType({ description: 'Something to add to a submitted concern.' })
export class AddToConcernInput {
  @Field(() => ID, { description: 'The concern.' })
  @IsUUID()
  concernId: string;

  @Field({ description: 'What to add.' })
  @IsString() @MinLength(3) @MaxLength(LONG_TEXT)
  text: string;
}

@InputType({ description: 'Which concerns to list.' })
export class ConcernsFilter {
  @Field(() => ConcernStatus, { nullable: true, description: 'Only this status.' })
  @IsOptional() @IsEnum(ConcernStatus)
  status?: ConcernStatus;

  @Field(() => ID, { nullable: true, description: 'Only this local authority’s.' })
  @IsOptional() @IsUUID()
  localAuthorityId?: string;

  @Field(() => ID, { nullable: true, description: 'Only this school’s.' })
  @IsOptional() @IsUUID()
  schoolId?: string;

  @Field(() => ID, { nullable: true, description: 'Only about this child.' })
  @IsOptional() @IsUUID()
  childId?: string;

  @Field(() => ConcernCategory, { nullable: true, description: 'Only concerns in this category.' })
  @IsOptional() @IsEnum(ConcernCategory)
  category?: ConcernCategory;
}

@ArgsType()
export class ConcernsArgs extends ConnectionArgs {
  @Field(() => ConcernsFilter, { nullable: true, description: 'Filters.' })
  @IsOptional() @ValidateNested() @Type(() => ConcernsFilter)
  filter?: ConcernsFilter;
}
