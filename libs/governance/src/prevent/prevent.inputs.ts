import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean, IsEnum, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested,
} from 'class-validator';
import { PREVENT_RULES } from './prevent-rules';
import { PreventRiskRating } from './prevent.enums';

const trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** A calendar date, strictly YYYY-MM-DD. */
export const IsIsoDateOnly = (field: string): PropertyDecorator => (target, key) => {
  IsISO8601({ strict: true }, { message: `${field} must be a date (YYYY-MM-DD)` })(target, key);
  Matches(/^\d{4}-\d{2}-\d{2}$/, { message: `${field} must be a date (YYYY-MM-DD)` })(target, key);
};

@InputType({ description: 'One theme of the Prevent duty as the school assessed it.' })
export class PreventThemeInput {
  @Field(() => PreventRiskRating, { description: 'The school’s own rating of the risk.' })
  @IsEnum(PreventRiskRating)
  rating: PreventRiskRating;

  @Field({ description: 'What the school does, and will do, about it.' })
  @trim() @IsString() @MinLength(2) @MaxLength(PREVENT_RULES.maxTextLength)
  actions: string;
}

@InputType({ description: 'A school’s Prevent risk assessment for one school year; recording it again the same year replaces it.' })
export class RecordPreventRiskAssessmentInput {
  @Field(() => ID, { nullable: true, description: 'The school; may be omitted when you belong to one school only.' })
  @IsOptional() @IsUUID()
  schoolId?: string;

  @Field(() => String, { nullable: true, description: 'The school year it covers, e.g. "2026/27"; defaults to the year it was reviewed in. It may be that year or the next.' })
  @IsOptional() @Matches(/^\d{4}\/\d{2}$/, { message: 'schoolYear must be like 2026/27' })
  schoolYear?: string;

  @Field(() => PreventThemeInput, { description: 'Risk assessment: how the school judges its pupils’ risk of being drawn into terrorism, locally informed.' })
  @ValidateNested() @Type(() => PreventThemeInput)
  riskAssessment: PreventThemeInput;

  @Field(() => PreventThemeInput, { description: 'Working in partnership: with the local safeguarding partners, the Prevent lead and parents.' })
  @ValidateNested() @Type(() => PreventThemeInput)
  partnership: PreventThemeInput;

  @Field(() => PreventThemeInput, { description: 'Staff training: staff able to recognise and act on concerns.' })
  @ValidateNested() @Type(() => PreventThemeInput)
  staffTraining: PreventThemeInput;

  @Field(() => PreventThemeInput, { description: 'IT and online-safety policies: filtering and monitoring of online material.' })
  @ValidateNested() @Type(() => PreventThemeInput)
  onlineSafety: PreventThemeInput;

  @Field(() => PreventRiskRating, { description: 'The school’s overall rating.' })
  @IsEnum(PreventRiskRating)
  overallRating: PreventRiskRating;

  @Field(() => Int, { description: 'Staff at the school (the denominator of the share trained).' })
  @IsInt() @Min(1) @Max(PREVENT_RULES.maxStaffHeadcount)
  staffHeadcount: number;

  @Field(() => String, { description: 'When it was reviewed (not in the future).' })
  @IsIsoDateOnly('reviewedOn')
  reviewedOn: string;
}

@InputType({ description: 'That a member of staff completed Prevent awareness training.' })
export class RecordPreventTrainingInput {
  @Field(() => ID, { nullable: true, description: 'The school; may be omitted when you belong to one school only.' })
  @IsOptional() @IsUUID()
  schoolId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The trainee’s portal account, when they have one at the school. A DSL with an account counts as trained only through a record linked to it.',
  })
  @IsOptional() @IsUUID()
  userId?: string;

  @Field(() => String, { nullable: true, description: 'Their name; defaults to the account’s name when userId is given.' })
  @IsOptional() @trim() @IsString() @MinLength(2) @MaxLength(200)
  staffName?: string;

  @Field({ description: 'Their job, e.g. "Class teacher".' })
  @trim() @IsString() @MinLength(2) @MaxLength(100)
  staffRole: string;

  @Field(() => Boolean, { nullable: true, description: 'Trained as a designated safeguarding lead; set for you when userId is a DSL of the school.' })
  @IsOptional() @IsBoolean()
  isDsl?: boolean;

  @Field(() => String, { description: 'When they completed it (not in the future).' })
  @IsIsoDateOnly('trainedOn')
  trainedOn: string;

  @Field({ description: 'The course, e.g. "Home Office Prevent awareness e-learning".' })
  @trim() @IsString() @MinLength(2) @MaxLength(300)
  course: string;
}
