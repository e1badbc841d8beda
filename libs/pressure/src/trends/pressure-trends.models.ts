import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsUUID, Matches, ValidateNested } from 'class-validator';
import { SchoolTypeGroup } from '@safeguard/organisations';
import { CurriculumArea, PressureCategory } from '../pressure.enums';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

@InputType({ description: 'Which reports to count.' })
export class PressureTrendsFilter {
  @Field(() => ID, { nullable: true, description: 'One local authority (the council and HMI: their own, the default).' })
  @IsOptional() @IsUUID()
  localAuthorityId?: string;

  @Field(() => String, { nullable: true, description: 'From this month on (YYYY-MM), by when it happened.' })
  @IsOptional() @Matches(MONTH, { message: 'from must be a month (YYYY-MM)' })
  from?: string;

  @Field(() => String, { nullable: true, description: 'Up to this month (YYYY-MM), by when it happened.' })
  @IsOptional() @Matches(MONTH, { message: 'to must be a month (YYYY-MM)' })
  to?: string;
}

@ArgsType()
export class PressureTrendsArgs {
  @Field(() => PressureTrendsFilter, { nullable: true, description: 'Filters.' })
  @IsOptional() @ValidateNested() @Type(() => PressureTrendsFilter)
  filter?: PressureTrendsFilter;
}

@ObjectType('PressureCategoryCount', { description: 'Reports of one category.' })
export class PressureCategoryCount {
  @Field(() => PressureCategory, { description: 'The category.' })
  category: PressureCategory;

  @Field(() => Int, { description: 'How many reports.' })
  count: number;
}

@ObjectType('PressureCurriculumAreaCount', { description: 'Reports about one curriculum area (or none).' })
export class PressureCurriculumAreaCount {
  @Field(() => CurriculumArea, { nullable: true, description: 'The curriculum area; null for reports about none.' })
  curriculumArea: CurriculumArea | null;

  @Field(() => Int, { description: 'How many reports.' })
  count: number;
}

@ObjectType('PressureMonthCount', { description: 'Reports of things that happened in one month.' })
export class PressureMonthCount {
  @Field({ description: 'The month (YYYY-MM).' })
  month: string;

  @Field(() => Int, { description: 'How many reports.' })
  count: number;
}

@ObjectType('PressureSchoolTypeCount', { description: 'Reports from one kind of school.' })
export class PressureSchoolTypeCount {
  @Field(() => SchoolTypeGroup, { description: 'The kind of school.' })
  schoolTypeGroup: SchoolTypeGroup;

  @Field(() => Int, { description: 'How many reports.' })
  count: number;
}

@ObjectType('PressureAreaCount', { description: 'Reports from the schools of one local authority.' })
export class PressureAreaCount {
  @Field(() => ID, { description: 'The local authority.' })
  localAuthorityId: string;

  @Field({ description: 'Its 3-digit code.' })
  code: string;

  @Field({ description: 'Its name.' })
  name: string;

  @Field(() => Int, { description: 'How many reports.' })
  count: number;
}

@ObjectType('PressureTrends', { description: 'Counts of reports of intimidation and pressure, naming no school.' })
export class PressureTrendsModel {
  @Field(() => ID, { nullable: true, description: 'The local authority counted; null when every authority is.' })
  localAuthorityId: string | null;

  @Field({ description: 'True when only reports their reporters chose to share are counted (what schools see).' })
  consentedOnly: boolean;

  @Field(() => String, { nullable: true, description: 'The first month counted (YYYY-MM), if limited.' })
  from: string | null;

  @Field(() => String, { nullable: true, description: 'The last month counted (YYYY-MM), if limited.' })
  to: string | null;

  @Field(() => Int, { description: 'How many reports.' })
  total: number;

  @Field(() => [PressureCategoryCount], { description: 'By category, most first.' })
  byCategory: PressureCategoryCount[];

  @Field(() => [PressureCurriculumAreaCount], { description: 'By curriculum area, most first.' })
  byCurriculumArea: PressureCurriculumAreaCount[];

  @Field(() => [PressureMonthCount], { description: 'By the month it happened, oldest first.' })
  byMonth: PressureMonthCount[];

  @Field(() => [PressureSchoolTypeCount], { description: 'By kind of school, most first.' })
  bySchoolTypeGroup: PressureSchoolTypeCount[];

  @Field(() => [PressureAreaCount], { description: 'By local authority, most first.' })
  byArea: PressureAreaCount[];
}
