import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@safeguard/platform';
import { Role } from '@safeguard/policy';
import { UserStatus } from './user.entity';

registerEnumType(UserStatus, { name: 'UserStatus', description: 'Whether an account can sign in.' });

@ObjectType('Membership', { description: 'A role a person holds in a school, a local authority, or the platform.' })
export class MembershipModel {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field(() => Role, { description: 'The role.' })
  role: Role;

  @Field(() => ID, { nullable: true, description: 'The school, for school roles.' })
  schoolId: string | null;

  @Field(() => ID, { nullable: true, description: 'The local authority, for LA roles and HMI.' })
  localAuthorityId: string | null;

  @Field({ description: 'An officer whose decisions need a manager’s sign-off.' })
  unqualified: boolean;

  @Field(() => String, { nullable: true, description: 'First day in force (ISO date); null from creation.' })
  startsOn: string | null;

  @Field(() => String, { nullable: true, description: 'Last day in force (ISO date); null when open-ended.' })
  endsOn: string | null;
}

@ObjectType('User', { description: 'A person who signs in to the portal.' })
export class UserModel {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field({ description: 'E-mail address, used to sign in.' })
  email: string;

  @Field({ description: 'Name shown to others.' })
  displayName: string;

  @Field(() => UserStatus, { description: 'Whether the account can sign in.' })
  status: UserStatus;
}

@ObjectType({ description: 'A page of users.' })
export class UserConnection extends Connection(UserModel, 'User') {}

@ObjectType('Invitation', { description: 'An invitation to join the portal with a role.' })
export class InvitationModel {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field({ description: 'Who was invited.' })
  email: string;

  @Field({ description: 'Their name as it will be shown.' })
  displayName: string;

  @Field(() => Role, { description: 'The role offered.' })
  role: Role;

  @Field(() => ID, { nullable: true, description: 'The school, for school roles.' })
  schoolId: string | null;

  @Field(() => ID, { nullable: true, description: 'The local authority, for LA roles and HMI.' })
  localAuthorityId: string | null;

  @Field({ description: 'When the one-time link stops working.' })
  expiresAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was accepted.' })
  acceptedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was withdrawn; its link no longer works.' })
  revokedAt: Date | null;

  @Field({ description: 'When it was sent.' })
  createdAt: Date;
}

@ObjectType({ description: 'A page of invitations.' })
export class InvitationConnection extends Connection(InvitationModel, 'Invitation') {}
