import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsBoolean, IsEmail, IsEnum, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength,
  ValidateNested,
} from 'class-validator';
import { ConnectionArgs } from '@safeguard/platform';
import { SenStatus, Sex } from '../register.enums';

@InputType({ description: 'A parent or carer and how to reach them.' })
export class CarerInput {
  @Field({ description: 'Full name.' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @Field(() => String, { nullable: true, description: 'Relationship to the child, e.g. mother, foster carer.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  relationship?: string | null;

  @Field(() => String, { nullable: true, description: 'Telephone number.' })
  @IsOptional()
  @Matches(/^[0-9 +()-]{6,20}$/, { message: 'phone must be a telephone number' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Address, when not the child’s.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  address?: string | null;
}

@InputType({ description: 'Who the child is. Names are as on the birth certificate or passport.' })
export class ChildInput {
  @Field(() => ID, { nullable: true, description: 'The local authority whose register holds the child; defaults to the caller’s.' })
  @IsOptional()
  @IsUUID()
  localAuthorityId?: string;

  @Field({ description: 'Legal first name(s).' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  legalFirstName: string;

  @Field({ description: 'Legal last name.' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  legalLastName: string;

  @Field(() => [String], { nullable: true, description: 'Other names the child is known by.' })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  otherNames?: string[];

  @Field({ description: 'Date of birth (YYYY-MM-DD).' })
  @IsISO8601({ strict: true }, { message: 'dateOfBirth must be a date (YYYY-MM-DD)' })
  dateOfBirth: string;

  @Field(() => Sex, { description: 'Sex.' })
  @IsEnum(Sex)
  sex: Sex;

  @Field(() => String, { nullable: true, description: 'Unique pupil number (13 characters, checked by its check letter).' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  upn?: string | null;

  @Field(() => String, { nullable: true, description: 'Home address.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Postcode.' })
  @IsOptional()
  @Matches(/^[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}$/, { message: 'postcode must be a UK postcode' })
  postcode?: string | null;

  @Field(() => [CarerInput], { nullable: true, description: 'Parents or carers.' })
  @IsOptional()
  @ArrayMaxSize(6)
  @ValidateNested({ each: true })
  @Type(() => CarerInput)
  carers?: CarerInput[];

  @Field(() => Int, { nullable: true, description: 'URN of the school whose roll the child is on, if any.' })
  @IsOptional()
  @IsInt()
  schoolUrn?: number | null;

  @Field(() => SenStatus, { nullable: true, defaultValue: SenStatus.NONE, description: 'Special educational needs provision.' })
  @IsOptional()
  @IsEnum(SenStatus)
  senStatus?: SenStatus;

  @Field({ nullable: true, defaultValue: false, description: 'Whether the child has an education, health and care plan.' })
  @IsOptional()
  @IsBoolean()
  hasEhcPlan?: boolean;

  @Field({ nullable: true, defaultValue: false, description: 'Whether the child is on a child protection plan.' })
  @IsOptional()
  @IsBoolean()
  childProtectionPlan?: boolean;

  @Field({ nullable: true, defaultValue: false, description: 'Whether the child is on a child in need plan.' })
  @IsOptional()
  @IsBoolean()
  childInNeedPlan?: boolean;
}

@InputType({ description: 'Corrections to a child’s record; omitted fields are unchanged.' })
export class UpdateChildInput {
  @Field(() => ID, { description: 'The child.' })
  @IsUUID()
  childId: string;

  @Field(() => ChildInput, { description: 'The record as it should now read (every field; the local authority cannot change).' })
  @ValidateNested()
  @Type(() => ChildInput)
  child: ChildInput;
}

@InputType({ description: 'Two records of the same child to merge into one.' })
export class MergeChildrenInput {
  @Field(() => ID, { description: 'The record to keep.' })
  @IsUUID()
  keepChildId: string;

  @Field(() => ID, { description: 'The record merged into it; it stays, marked as merged, with its history moved.' })
  @IsUUID()
  mergeChildId: string;

  @Field({ description: 'Why these are the same child.' })
  @IsString()
  @MinLength(5)
  @MaxLength(2000)
  reason: string;
}

@InputType({ description: 'Ways to find a child; every given filter must match.' })
export class ChildrenFilter {
  @Field(() => String, { nullable: true, description: 'Name, matched loosely (misspellings and other names too).' })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name?: string;

  @Field(() => String, { nullable: true, description: 'Date of birth (YYYY-MM-DD).' })
  @IsOptional()
  @IsISO8601({ strict: true })
  dateOfBirth?: string;

  @Field(() => String, { nullable: true, description: 'Unique pupil number, exactly.' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  upn?: string;

  @Field(() => String, { nullable: true, description: 'Postcode, or its start (e.g. "B8").' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  postcode?: string;

  @Field(() => ID, { nullable: true, description: 'Only this local authority’s register.' })
  @IsOptional()
  @IsUUID()
  localAuthorityId?: string;

  @Field({
    nullable: true,
    description: 'Only children with a record that may be the same child (see `possibleDuplicates`): the merge queue. The authority’s team and HMI only; none for schools.',
  })
  @IsOptional()
  @IsBoolean()
  possibleDuplicates?: boolean;
}

@ArgsType()
export class ChildrenArgs extends ConnectionArgs {
  @Field(() => ChildrenFilter, { nullable: true, description: 'What to look for.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ChildrenFilter)
  filter?: ChildrenFilter;
}
