import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsISO8601, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { ProgressJudgementValue } from '../inspection.enums';

@InputType({ description: 'Which report to build: an authority and a term (by a day in it).' })
export class BuildTermlyReportInput {
  @Field(() => ID, { nullable: true, description: 'The local authority; defaults to the one you are assigned to.' })
  @IsOptional() @IsUUID()
  localAuthorityId?: string;

  @Field(() => String, { nullable: true, description: 'Any day in the term; defaults to the current term.' })
  @IsOptional() @IsISO8601({ strict: true }, { message: 'termDay must be a date (YYYY-MM-DD)' })
  termDay?: string;
}

@InputType({ description: 'The HMI’s words on one section.' })
export class SectionNarrativeInput {
  @Field({ description: 'The section (cme, ehe, notFullTime, concerns, governance, prevent, pressure).' })
  @IsString() @MaxLength(40)
  sectionKey: string;

  @Field({ description: 'The narrative.' })
  @IsString() @MaxLength(20_000)
  narrative: string;

  @Field(() => ProgressJudgementValue, { description: 'The judgement of progress.' })
  @IsEnum(ProgressJudgementValue)
  judgement: ProgressJudgementValue;
}

@InputType({ description: 'The HMI’s narrative, judgements and recommendations for a draft.' })
export class WriteTermlyReportInput {
  @Field(() => ID, { description: 'The draft report.' })
  @IsUUID()
  reportId: string;

  @Field(() => [SectionNarrativeInput], { nullable: true, description: 'Sections to write (others stay as they are).' })
  @IsOptional() @ValidateNested({ each: true }) @Type(() => SectionNarrativeInput) @ArrayMaxSize(7)
  sections?: SectionNarrativeInput[];

  @Field(() => String, { nullable: true, description: 'Recommendations.' })
  @IsOptional() @IsString() @MaxLength(20_000)
  recommendations?: string;
}

@InputType({ description: 'The authority’s response to a draft, added by its LA managers before submission.' })
export class RespondToTermlyReportInput {
  @Field(() => ID, { description: 'The draft report.' })
  @IsUUID()
  reportId: string;

  @Field({ description: 'The response.' })
  @IsString() @MaxLength(20_000)
  response: string;
}
