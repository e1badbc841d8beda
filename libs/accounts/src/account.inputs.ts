import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean, IsEmail, IsEnum, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested,
} from 'class-validator';
import { ConnectionArgs } from '@safeguard/platform';
import { Role } from '@safeguard/policy';

@InputType({ description: 'Who to invite, and to which role in which organisation.' })
export class InviteUserInput {
  @Field({ description: 'Their e-mail address.' })
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email: string;

  @Field({ description: 'Their name as others will see it.' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName: string;

  @Field(() => Role, { description: 'The role offered.' })
  @IsEnum(Role)
  role: Role;

  @Field(() => ID, { nullable: true, description: 'The school, for HEADTEACHER and DSL.' })
  @IsOptional()
  @IsUUID()
  schoolId?: string;

  @Field({ nullable: true, description: 'The local authority code, for LA roles and HMI.' })
  @IsOptional()
  @Matches(/^\d{3}$/, { message: 'localAuthorityCode must be three digits' })
  localAuthorityCode?: string;

  @Field({ nullable: true, defaultValue: false, description: 'For LA_OFFICER: decisions need a manager’s sign-off.' })
  @IsOptional()
  @IsBoolean()
  unqualified?: boolean;

  @Field({ nullable: true, description: 'For HMI: first day of the assignment (YYYY-MM-DD).' })
  @IsOptional()
  @IsISO8601({ strict: true })
  startsOn?: string;

  @Field({ nullable: true, description: 'For HMI: last day of the assignment (YYYY-MM-DD).' })
  @IsOptional()
  @IsISO8601({ strict: true })
  endsOn?: string;
}

@InputType({ description: 'Narrows the list of users.' })
export class UserFilter {
  @Field({ nullable: true, description: 'Part of the e-mail address or name.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field(() => Role, { nullable: true, description: 'Holding this role.' })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;
}

@ArgsType()
export class UsersArgs extends ConnectionArgs {
  @Field(() => UserFilter, { nullable: true, description: 'Narrows the list.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => UserFilter)
  filter?: UserFilter;
}

@InputType({ description: 'Whose authenticator to reset, and why.' })
export class ResetSecondFactorInput {
  @Field(() => ID, { description: 'The account.' })
  @IsUUID()
  userId: string;

  @Field({ description: 'Why, and how the person’s identity was confirmed (kept in the audit trail).' })
  @IsString()
  @MinLength(10, { message: 'reason must say why, and how you confirmed who asked (at least 10 characters)' })
  @MaxLength(500)
  reason: string;
}
