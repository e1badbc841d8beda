import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { ConnectionArgs } from '@safeguard/platform';
import { PREVENT_RULES } from '../prevent/prevent-rules';
import { IsIsoDateOnly } from '../prevent/prevent.inputs';

const count = (max: number, min = 0) => (target: object, key: string | symbol) => {
  IsInt()(target, key);
  Min(min)(target, key);
  Max(max)(target, key);
};

@InputType({ description: 'This term’s safeguarding return, submitted once per school per term.' })
export class SubmitSafeguardingReturnInput {
  @Field(() => ID, { nullable: true, description: 'The school; may be omitted when you belong to one school only.' })
  @IsOptional() @IsUUID()
  schoolId?: string;

  @Field({ description: 'Suitability checks are complete for everyone on the governing or proprietor body.' })
  @IsBoolean()
  governanceChecksComplete: boolean;

  @Field(() => Int, { description: 'Staff at the school.' })
  @count(PREVENT_RULES.maxStaffHeadcount, 1)
  staffHeadcount: number;

  @Field(() => Int, { description: 'Of those, staff with Prevent awareness training (no more than the headcount).' })
  @count(PREVENT_RULES.maxStaffHeadcount)
  staffPreventTrained: number;

  @Field(() => Int, { description: 'Pupils deleted from the roll this term.' })
  @count(PREVENT_RULES.maxPupilFigure)
  deletionsFromRoll: number;

  @Field(() => Int, { description: 'Of those, pupils whose destination is known (no more than the deletions).' })
  @count(PREVENT_RULES.maxPupilFigure)
  deletionsWithKnownDestination: number;

  @Field(() => Int, { description: 'Prevent referrals the school made this term.' })
  @count(PREVENT_RULES.maxPupilFigure)
  preventReferrals: number;

  @Field(() => String, { nullable: true, description: 'Anything to add.' })
  @IsOptional() @Transform(({ value }) => (typeof value === 'string' ? value.trim() || null : value)) @IsString() @MaxLength(PREVENT_RULES.maxTextLength)
  notes?: string | null;
}

@InputType({ description: 'Chases a school’s missing return.' })
export class ChaseSafeguardingReturnInput {
  @Field(() => ID, { description: 'The school.' })
  @IsUUID()
  schoolId: string;

  @Field(() => String, { nullable: true, description: 'The first day of the term you mean; must be the current term’s (returns are made for the current term).' })
  @IsOptional() @IsIsoDateOnly('termStartsOn')
  termStartsOn?: string;
}

@ArgsType()
export class SafeguardingReturnsArgs {
  @Field(() => ID, { nullable: true, description: 'The local authority; defaults to your own.' })
  @IsOptional() @IsUUID()
  localAuthorityId?: string;

  @Field(() => String, { nullable: true, description: 'The first day of the term; defaults to the current term.' })
  @IsOptional() @IsIsoDateOnly('termStartsOn')
  termStartsOn?: string;
}

@ArgsType()
export class SchoolReturnsArgs extends ConnectionArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only schools that have (true) or have not (false) returned.' })
  @IsOptional() @IsBoolean()
  returned?: boolean;
}
