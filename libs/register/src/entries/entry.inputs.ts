import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean, IsEnum, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength,
  ValidateNested,
} from 'class-validator';
import { ConnectionArgs, MaxDecimalPlaces } from '@safeguard/platform';
import { SchoolTypeGroup } from '@safeguard/organisations';
import { ChildInput } from '../children/child.inputs';
import {
  EducationSuitability, EnquiryKind, EntryReason, EntryStatus, RegisterKind, VisitKind, WhereaboutsKind,
} from '../register.enums';

const isoDate = (field: string) => IsISO8601({ strict: true }, { message: `${field} must be a date (YYYY-MM-DD)` });

@InputType({ description: 'Facts of a child missing education.' })
export class CmeDetailsInput {
  @Field(() => String, { nullable: true, description: 'Last day the child attended (needed when reporting absence).' })
  @IsOptional()
  @isoDate('lastAttendedOn')
  lastAttendedOn?: string;

  @Field({ nullable: true, defaultValue: false, description: 'Whether the child is believed to have gone abroad (evidence of departure becomes a required enquiry).' })
  @IsOptional()
  @IsBoolean()
  believedAbroad?: boolean;
}

@InputType({ description: 'Facts of a home-education entry.' })
export class EheDetailsInput {
  @Field({ description: 'Date of the parent’s written notice, or of the school’s deletion on that ground.' })
  @isoDate('noticeReceivedOn')
  noticeReceivedOn: string;

  @Field(() => String, { nullable: true, description: 'When the child was last seen by the council, if known.' })
  @IsOptional()
  @isoDate('lastSeenOn')
  lastSeenOn?: string;
}

@InputType({ description: 'Facts of a suspension or permanent exclusion.' })
export class ExclusionDetailsInput {
  @Field(() => Int, { nullable: true, description: 'URN of the excluding school; a school reporting defaults to itself.' })
  @IsOptional()
  @IsInt()
  schoolUrn?: number;

  @Field({ description: 'First day of the exclusion.' })
  @isoDate('startsOn')
  startsOn: string;

  @Field(() => String, { nullable: true, description: 'Last day of a suspension; none for a permanent exclusion.' })
  @IsOptional()
  @isoDate('endsOn')
  endsOn?: string;
}

@InputType({ description: 'Facts of a child with an EHC plan who is not in full-time education.' })
export class EhcpDetailsInput {
  @Field(() => Float, { description: 'Hours of education actually received each week.' })
  @MaxDecimalPlaces(1)
  @Min(0)
  @Max(40)
  hoursPerWeek: number;

  @Field({ description: 'Date full-time education stopped.' })
  @isoDate('fullTimeStoppedOn')
  fullTimeStoppedOn: string;

  @Field(() => String, { nullable: true, description: 'Date of the last visit, if any.' })
  @IsOptional()
  @isoDate('lastVisitOn')
  lastVisitOn?: string;
}

@InputType({ description: 'A new register entry. Give the child (childId, or child to create one) and the details of its kind.' })
export class OpenRegisterEntryInput {
  @Field(() => RegisterKind, { description: 'Which register.' })
  @IsEnum(RegisterKind)
  kind: RegisterKind;

  @Field(() => EntryReason, { description: 'Why the entry is opened.' })
  @IsEnum(EntryReason)
  reason: EntryReason;

  @Field(() => ID, { nullable: true, description: 'A child already on the register (or on the school’s roll).' })
  @IsOptional()
  @IsUUID()
  childId?: string;

  @Field(() => ChildInput, { nullable: true, description: 'A child to add.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ChildInput)
  child?: ChildInput;

  @Field(() => ID, { nullable: true, description: 'For a school user with several schools: which school reports.' })
  @IsOptional()
  @IsUUID()
  schoolId?: string;

  @Field(() => String, { nullable: true, description: 'Date reported; defaults to today.' })
  @IsOptional()
  @isoDate('reportedOn')
  reportedOn?: string;

  @Field(() => String, { nullable: true, description: 'What is known, in the reporter’s words.' })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  summary?: string;

  @Field(() => CmeDetailsInput, { nullable: true, description: 'For CME.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CmeDetailsInput)
  cme?: CmeDetailsInput;

  @Field(() => EheDetailsInput, { nullable: true, description: 'For EHE.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => EheDetailsInput)
  ehe?: EheDetailsInput;

  @Field(() => ExclusionDetailsInput, { nullable: true, description: 'For EXCLUDED.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ExclusionDetailsInput)
  exclusion?: ExclusionDetailsInput;

  @Field(() => EhcpDetailsInput, { nullable: true, description: 'For EHCP.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => EhcpDetailsInput)
  ehcp?: EhcpDetailsInput;
}

@InputType({ description: 'One reasonable enquiry made for a child missing education.' })
export class RecordEnquiryInput {
  @Field(() => ID, { description: 'The CME entry.' })
  @IsUUID()
  entryId: string;

  @Field(() => EnquiryKind, { description: 'Which enquiry.' })
  @IsEnum(EnquiryKind)
  kind: EnquiryKind;

  @Field({ description: 'When it was made.' })
  @isoDate('madeOn')
  madeOn: string;

  @Field({ description: 'What was done and what it found.' })
  @IsString()
  @MinLength(3)
  @MaxLength(10_000)
  outcome: string;
}

@InputType({ description: 'Where a child missing education was found to be.' })
export class RecordWhereaboutsInput {
  @Field(() => ID, { description: 'The CME entry.' })
  @IsUUID()
  entryId: string;

  @Field(() => WhereaboutsKind, { description: 'What kind of whereabouts.' })
  @IsEnum(WhereaboutsKind)
  kind: WhereaboutsKind;

  @Field({ description: 'When the child was located.' })
  @isoDate('locatedOn')
  locatedOn: string;

  @Field(() => Int, { nullable: true, description: 'For SCHOOL: the school’s URN.' })
  @IsOptional()
  @IsInt()
  schoolUrn?: number;

  @Field(() => String, { nullable: true, description: 'For OTHER_LOCAL_AUTHORITY: its three-digit code.' })
  @IsOptional()
  @Matches(/^\d{3}$/, { message: 'localAuthorityCode must be three digits' })
  localAuthorityCode?: string;

  @Field(() => String, { nullable: true, description: 'For ABROAD: the country.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  country?: string;

  @Field(() => String, { nullable: true, description: 'The evidence (required for ABROAD, e.g. travel records or confirmation from the family).' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  evidence?: string;
}

@InputType({ description: 'The safeguarding section every contact or visit must complete.' })
export class SafeguardingSectionInput {
  @Field({ description: 'Was the child seen?' })
  @IsBoolean()
  childSeen: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Was the child seen alone? Required when the child was seen.' })
  @IsOptional()
  @IsBoolean()
  childSeenAlone?: boolean;

  @Field({ description: 'The child’s views, in their words where possible, or why they could not be gathered.' })
  @IsString()
  @MinLength(3)
  @MaxLength(10_000)
  childViews: string;

  @Field({ description: 'Is there any safeguarding concern?' })
  @IsBoolean()
  safeguardingConcern: boolean;

  @Field(() => String, { nullable: true, description: 'The concern; required when there is one.' })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  concernDetails?: string;

  @Field(() => EducationSuitability, { description: 'Is the education seen suitable?' })
  @IsEnum(EducationSuitability)
  educationSuitability: EducationSuitability;
}

@InputType({ description: 'A contact, visit or safety check.' })
export class RecordVisitInput {
  @Field(() => ID, { description: 'The EHE, EXCLUDED or EHCP entry.' })
  @IsUUID()
  entryId: string;

  @Field(() => VisitKind, { description: 'What kind of contact.' })
  @IsEnum(VisitKind)
  kind: VisitKind;

  @Field({ description: 'When it happened.' })
  @isoDate('occurredOn')
  occurredOn: string;

  @Field(() => SafeguardingSectionInput, { nullable: true, description: 'Required: the record cannot be saved without it.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => SafeguardingSectionInput)
  safeguarding?: SafeguardingSectionInput;

  @Field(() => Float, { nullable: true, description: 'For EHCP: hours of education now received each week.' })
  @IsOptional()
  @MaxDecimalPlaces(1)
  @Min(0)
  @Max(40)
  hoursPerWeek?: number;

  @Field({ description: 'Notes of the visit.' })
  @IsString()
  @MinLength(3)
  @MaxLength(20_000)
  notes: string;
}

@InputType({ description: 'Education arranged for an excluded child.' })
export class RecordProvisionInput {
  @Field(() => ID, { description: 'The EXCLUDED entry.' })
  @IsUUID()
  entryId: string;

  @Field({ description: 'First day of the provision.' })
  @isoDate('provisionFrom')
  provisionFrom: string;

  @Field({ description: 'What the provision is and who provides it.' })
  @IsString()
  @MinLength(3)
  @MaxLength(5000)
  description: string;
}

@InputType({ description: 'Closing an entry.' })
export class CloseRegisterEntryInput {
  @Field(() => ID, { description: 'The entry.' })
  @IsUUID()
  entryId: string;

  @Field({ description: 'Why it can close.' })
  @IsString()
  @MinLength(5)
  @MaxLength(5000)
  reason: string;
}

@InputType({ description: 'A manager’s decision on a closure without whereabouts.' })
export class SignOffClosureInput {
  @Field(() => ID, { description: 'The entry awaiting sign-off.' })
  @IsUUID()
  entryId: string;

  @Field({ description: 'True to close the entry; false to send it back for more enquiries.' })
  @IsBoolean()
  approve: boolean;

  @Field({ description: 'The manager’s reason.' })
  @IsString()
  @MinLength(5)
  @MaxLength(5000)
  reason: string;
}

@InputType({ description: 'Who works an entry.' })
export class AssignRegisterEntryInput {
  @Field(() => ID, { description: 'The entry.' })
  @IsUUID()
  entryId: string;

  @Field(() => ID, { description: 'An officer or manager of the entry’s local authority.' })
  @IsUUID()
  officerId: string;
}

@InputType({ description: 'Which entries to list; every given filter must match.' })
export class RegisterEntriesFilter {
  @Field(() => ID, { nullable: true, description: 'Only this local authority.' })
  @IsOptional()
  @IsUUID()
  localAuthorityId?: string;

  @Field(() => RegisterKind, { nullable: true, description: 'Only this kind.' })
  @IsOptional()
  @IsEnum(RegisterKind)
  kind?: RegisterKind;

  @Field(() => EntryStatus, { nullable: true, description: 'Only this status.' })
  @IsOptional()
  @IsEnum(EntryStatus)
  status?: EntryStatus;

  @Field({ nullable: true, description: 'Only entries with an overdue deadline.' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;

  @Field({
    nullable: true,
    description: 'Only entries with an open deadline past its escalation date (the date LA managers are told), e.g. for a managers’ escalations list.',
  })
  @IsOptional()
  @IsBoolean()
  escalated?: boolean;

  @Field({ nullable: true, description: 'Only entries still open (not closed).' })
  @IsOptional()
  @IsBoolean()
  open?: boolean;

  @Field(() => SchoolTypeGroup, { nullable: true, description: 'Only entries whose school is of this type.' })
  @IsOptional()
  @IsEnum(SchoolTypeGroup)
  schoolTypeGroup?: SchoolTypeGroup;

  @Field(() => ID, { nullable: true, description: 'Only entries about this child.' })
  @IsOptional()
  @IsUUID()
  childId?: string;
}

@ArgsType()
export class RegisterEntriesArgs extends ConnectionArgs {
  @Field(() => RegisterEntriesFilter, { nullable: true, description: 'Which entries.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RegisterEntriesFilter)
  filter?: RegisterEntriesFilter;
}

@InputType({ description: 'A school holiday or half-term.' })
export class AddSchoolHolidayInput {
  @Field(() => ID, { description: 'The local authority.' })
  @IsUUID()
  localAuthorityId: string;

  @Field({ description: 'Its name, e.g. "Autumn half-term 2026".' })
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  name: string;

  @Field({ description: 'First day of the holiday.' })
  @isoDate('startsOn')
  startsOn: string;

  @Field({ description: 'Last day of the holiday.' })
  @isoDate('endsOn')
  endsOn: string;
}

@InputType({ description: 'One register rule for one local authority.' })
export class SetRegisterRuleInput {
  @Field(() => ID, { description: 'The local authority.' })
  @IsUUID()
  localAuthorityId: string;

  @Field({ description: 'The rule’s name, as in RegisterRules.' })
  @IsString()
  @MaxLength(60)
  rule: string;

  @Field(() => Int, { nullable: true, description: 'The new value; null restores the default.' })
  @IsOptional()
  @IsInt()
  value?: number | null;
}
