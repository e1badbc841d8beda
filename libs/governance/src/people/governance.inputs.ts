import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { CheckKind, CheckOutcome, GoverningRole, GovernorCategory } from '../governance.enums';

const date = (field: string) => IsISO8601({ strict: true }, { message: `${field} must be a date (YYYY-MM-DD)` });

@InputType({ description: 'Someone who governs, when not yet on record (matched on name and date of birth).' })
export class GovernancePersonInput {
  @Field({ description: 'Full name.' })
  @IsString() @MinLength(2) @MaxLength(200)
  fullName: string;

  @Field(() => String, { nullable: true, description: 'Date of birth, to tell people with the same name apart.' })
  @IsOptional() @date('person.dateOfBirth')
  dateOfBirth?: string | null;

  @Field({ nullable: true, defaultValue: false, description: 'Has lived or worked outside the UK (overseas checks then apply).' })
  @IsOptional() @IsBoolean()
  livedOrWorkedAbroad?: boolean;
}

@InputType({ description: 'A new appointment to a school’s governance. Give the person (personId) or their details (person).' })
export class RecordAppointmentInput {
  @Field(() => ID, { description: 'The school.' })
  @IsUUID()
  schoolId: string;

  @Field(() => ID, { nullable: true, description: 'Someone already on record.' })
  @IsOptional() @IsUUID()
  personId?: string;

  @Field(() => GovernancePersonInput, { nullable: true, description: 'Someone new (or found again by name and date of birth).' })
  @IsOptional() @ValidateNested() @Type(() => GovernancePersonInput)
  person?: GovernancePersonInput;

  @Field(() => GoverningRole, { description: 'The role; it must exist in this kind of school.' })
  @IsEnum(GoverningRole)
  role: GoverningRole;

  @Field(() => GovernorCategory, { nullable: true, description: 'For a maintained-school governor: the category (required).' })
  @IsOptional() @IsEnum(GovernorCategory)
  governorCategory?: GovernorCategory;

  @Field(() => String, { nullable: true, description: 'For academy members and trustees: the trust (required).' })
  @IsOptional() @IsString() @MinLength(2) @MaxLength(200)
  trustName?: string;

  @Field({ nullable: true, defaultValue: false, description: 'Chair of their body.' })
  @IsOptional() @IsBoolean()
  isChair?: boolean;

  @Field({ nullable: true, defaultValue: false, description: 'In regulated activity (a barred list check then applies).' })
  @IsOptional() @IsBoolean()
  inRegulatedActivity?: boolean;

  @Field({ description: 'Date of appointment.' })
  @date('appointedOn')
  appointedOn: string;

  @Field(() => String, { nullable: true, description: 'When the term of office ends.' })
  @IsOptional() @date('termEndsOn')
  termEndsOn?: string;
}

@InputType({ description: 'Changes to an appointment. Omitted fields stay as they are.' })
export class UpdateAppointmentInput {
  @Field(() => ID, { description: 'The appointment.' })
  @IsUUID()
  appointmentId: string;

  @Field(() => Boolean, { nullable: true, description: 'Chair of their body.' })
  @IsOptional() @IsBoolean()
  isChair?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'In regulated activity.' })
  @IsOptional() @IsBoolean()
  inRegulatedActivity?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'The person has lived or worked abroad.' })
  @IsOptional() @IsBoolean()
  livedOrWorkedAbroad?: boolean;

  @Field(() => String, { nullable: true, description: 'When the term of office ends.' })
  @IsOptional() @date('termEndsOn')
  termEndsOn?: string;

  @Field(() => String, { nullable: true, description: 'When they stopped governing.' })
  @IsOptional() @date('endedOn')
  endedOn?: string;
}

@InputType({ description: 'A check done for an appointment, as the single central record keeps it. Never a copy of a certificate.' })
export class RecordSuitabilityCheckInput {
  @Field(() => ID, { description: 'The appointment.' })
  @IsUUID()
  appointmentId: string;

  @Field(() => CheckKind, { description: 'Which check.' })
  @IsEnum(CheckKind)
  kind: CheckKind;

  @Field({ description: 'When it was done (for DBS: the certificate’s date).' })
  @date('doneOn')
  doneOn: string;

  @Field(() => String, { nullable: true, description: 'For DBS: when it was applied for.' })
  @IsOptional() @date('appliedOn')
  appliedOn?: string;

  @Field({ description: 'Who carried it out.' })
  @IsString() @MinLength(2) @MaxLength(200)
  checkedBy: string;

  @Field(() => CheckOutcome, { description: 'What it found.' })
  @IsEnum(CheckOutcome)
  outcome: CheckOutcome;

  @Field(() => String, { nullable: true, description: 'For DBS and barred-list checks: the 12-digit certificate number (stored encrypted).' })
  @IsOptional() @Matches(/^\d{12}$/, { message: 'reference must be the 12-digit DBS certificate number' })
  reference?: string;

  @Field(() => String, { nullable: true, description: 'When the school’s policy wants it renewed (default for DBS: a year on).' })
  @IsOptional() @date('renewalDueOn')
  renewalDueOn?: string;

  @Field(() => String, { nullable: true, description: 'The risk assessment, required when information was disclosed.' })
  @IsOptional() @IsString() @MaxLength(10_000)
  notes?: string;
}
