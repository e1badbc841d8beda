import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsBoolean, IsEnum, IsISO8601, IsOptional, IsString, IsUrl, IsUUID, Matches, MaxLength, MinLength, ValidateNested,
} from 'class-validator';
import { ConnectionArgs } from '@safeguard/platform';
import { CurriculumArea, PressureCategory, PressureReportStatus } from '../pressure.enums';
import { PRESSURE_RULES } from '../pressure-rules';

const LONG_TEXT = 20_000;
const LINK = { protocols: ['http', 'https'], require_protocol: true, require_valid_protocol: true };
const linkMessage = { each: true, message: 'Each link must be a full http or https address' };

@InputType({ description: 'A report of intimidation or pressure for your school. It goes to the council at once and is never edited afterwards, only added to.' })
export class ReportPressureInput {
  @Field(() => ID, { nullable: true, description: 'The school, when you report for several.' })
  @IsOptional() @IsUUID()
  schoolId?: string;

  @Field(() => PressureCategory, { description: 'What kind of intimidation or pressure.' })
  @IsEnum(PressureCategory)
  category: PressureCategory;

  @Field(() => CurriculumArea, { nullable: true, description: 'The curriculum area it is about, if any.' })
  @IsOptional() @IsEnum(CurriculumArea)
  curriculumArea?: CurriculumArea | null;

  @Field({ description: 'What happened, in your own words.' })
  @IsString() @MaxLength(LONG_TEXT)
  account: string;

  @Field({ description: 'When it happened (YYYY-MM-DD); not in the future.' })
  @IsISO8601({ strict: true }, { message: 'occurredOn must be a date (YYYY-MM-DD)' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'occurredOn must be a date (YYYY-MM-DD)' })
  occurredOn: string;

  @Field(() => String, { nullable: true, description: 'At what time (HH:MM), if known.' })
  @IsOptional() @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'occurredTime must be HH:MM' })
  occurredTime?: string | null;

  @Field({ description: 'Where it happened: the school gate, a meeting, online…' })
  @IsString() @MinLength(2) @MaxLength(2_000)
  location: string;

  @Field({ description: 'Who was involved: individuals or a named group, as you would describe them.' })
  @IsString() @MinLength(2) @MaxLength(LONG_TEXT)
  involved: string;

  @Field(() => [String], { nullable: true, description: 'Links to the posts, videos or petitions (http or https).' })
  @IsOptional() @ArrayMaxSize(PRESSURE_RULES.maxLinks) @MaxLength(2_000, { each: true }) @IsUrl(LINK, linkMessage)
  links?: string[];

  @Field({ description: 'Whether staff were harmed.' })
  @IsBoolean()
  harmToStaff: boolean;

  @Field({ description: 'Whether pupils were harmed.' })
  @IsBoolean()
  harmToPupils: boolean;

  @Field(() => String, { nullable: true, description: 'What the harm was (required when there was any).' })
  @IsOptional() @IsString() @MaxLength(LONG_TEXT)
  harmDescription?: string | null;

  @Field({ description: 'Whether the police were told.' })
  @IsBoolean()
  policeTold: boolean;

  @Field(() => String, { nullable: true, description: 'The police reference (crime or incident number), required when they were told.' })
  @IsOptional() @IsString() @MaxLength(60)
  policeReference?: string | null;

  @Field({ description: 'Whether other schools may see the report, always anonymised: only its category, curriculum area, month, kind of school and your shareable summary.' })
  @IsBoolean()
  shareAnonymously: boolean;

  @Field(() => String, { nullable: true, description: 'A short summary for other schools (required when shared); it must not name your school or you.' })
  @IsOptional() @IsString() @MaxLength(PRESSURE_RULES.shareableSummaryMaxLength)
  shareableSummary?: string | null;
}

@InputType({ description: 'Information to add to a report (reports are never edited).' })
export class AddToPressureReportInput {
  @Field(() => ID, { description: 'The report.' })
  @IsUUID()
  reportId: string;

  @Field({ description: 'What to add.' })
  @IsString() @MinLength(3) @MaxLength(LONG_TEXT)
  text: string;

  @Field(() => [String], { nullable: true, description: 'Further links (http or https).' })
  @IsOptional() @ArrayMaxSize(PRESSURE_RULES.maxLinks) @MaxLength(2_000, { each: true }) @IsUrl(LINK, linkMessage)
  links?: string[];
}

@InputType({ description: 'Which reports to list.' })
export class PressureReportsFilter {
  @Field(() => PressureReportStatus, { nullable: true, description: 'Only this status.' })
  @IsOptional() @IsEnum(PressureReportStatus)
  status?: PressureReportStatus;

  @Field(() => ID, { nullable: true, description: 'Only this local authority’s.' })
  @IsOptional() @IsUUID()
  localAuthorityId?: string;

  @Field(() => ID, { nullable: true, description: 'Only this school’s.' })
  @IsOptional() @IsUUID()
  schoolId?: string;

  @Field(() => PressureCategory, { nullable: true, description: 'Only this category.' })
  @IsOptional() @IsEnum(PressureCategory)
  category?: PressureCategory;

  @Field(() => Boolean, { nullable: true, description: 'Only those past their acknowledgement deadline and not yet acknowledged.' })
  @IsOptional() @IsBoolean()
  acknowledgementOverdue?: boolean;
}

@ArgsType()
export class PressureReportsArgs extends ConnectionArgs {
  @Field(() => PressureReportsFilter, { nullable: true, description: 'Filters.' })
  @IsOptional() @ValidateNested() @Type(() => PressureReportsFilter)
  filter?: PressureReportsFilter;
}

@InputType({ description: 'Which shared reports to list.' })
export class SharedPressureReportsFilter {
  @Field(() => PressureCategory, { nullable: true, description: 'Only this category.' })
  @IsOptional() @IsEnum(PressureCategory)
  category?: PressureCategory;

  @Field(() => CurriculumArea, { nullable: true, description: 'Only this curriculum area.' })
  @IsOptional() @IsEnum(CurriculumArea)
  curriculumArea?: CurriculumArea;
}

@ArgsType()
export class SharedPressureReportsArgs extends ConnectionArgs {
  @Field(() => SharedPressureReportsFilter, { nullable: true, description: 'Filters.' })
  @IsOptional() @ValidateNested() @Type(() => SharedPressureReportsFilter)
  filter?: SharedPressureReportsFilter;
}
