import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ConnectionArgs } from '@safeguard/platform';

/** Trims and collapses inner whitespace, so "East  Birmingham " and "East Birmingham" are one name. */
const tidy = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : value);

@InputType({ description: 'A new network. You become its first moderator.' })
export class CreateNetworkInput {
  @Field({ description: 'Its name, unique within the authority whatever the case, e.g. "East Birmingham secondary heads".' })
  @Transform(tidy) @IsString() @MinLength(3) @MaxLength(120)
  name: string;

  @Field(() => String, { nullable: true, description: 'What it is for and who it is for; shown to those who may ask to join.' })
  @IsOptional() @Transform(tidy) @IsString() @MaxLength(2000)
  description?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The authority it belongs to: a manager’s own, a headteacher’s school’s. Needed only if you have several.',
  })
  @IsOptional() @IsUUID()
  localAuthorityId?: string;
}

@InputType({ description: 'A person for a network’s moderators (or its authority’s managers) to act on.' })
export class NetworkPersonInput {
  @Field(() => ID, { description: 'The network.' })
  @IsUUID()
  networkId: string;

  @Field(() => ID, { description: 'The person (user).' })
  @IsUUID()
  userId: string;
}

@InputType({ description: 'A network you act on for yourself.' })
export class NetworkRefInput {
  @Field(() => ID, { description: 'The network.' })
  @IsUUID()
  networkId: string;
}

@InputType({ description: 'Your answer to an invitation.' })
export class RespondToNetworkInvitationInput extends NetworkRefInput {
  @Field({ description: 'True to join, false to decline.' })
  @IsBoolean()
  accept: boolean;
}

@InputType({ description: 'A moderator’s decision on a request to join.' })
export class DecideNetworkRequestInput extends NetworkPersonInput {
  @Field({ description: 'True to let them in, false to refuse.' })
  @IsBoolean()
  approve: boolean;
}

@InputType({ description: 'Makes a member a moderator, or a moderator a plain member. A network keeps at least one moderator.' })
export class SetNetworkModeratorInput extends NetworkPersonInput {
  @Field({ description: 'True to make them a moderator, false to make them a plain member.' })
  @IsBoolean()
  moderator: boolean;
}

@InputType({ description: 'Which networks to list.' })
export class NetworksFilter {
  @Field(() => ID, { nullable: true, description: 'Only this authority’s networks.' })
  @IsOptional() @IsUUID()
  localAuthorityId?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only networks you are an active member of.' })
  @IsOptional() @IsBoolean()
  mine?: boolean;
}

@ArgsType()
export class NetworksArgs extends ConnectionArgs {
  @Field(() => NetworksFilter, { nullable: true, description: 'Filters.' })
  @IsOptional() @ValidateNested() @Type(() => NetworksFilter)
  filter?: NetworksFilter;
}
