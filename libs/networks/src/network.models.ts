import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@safeguard/platform';
import { NetworkMemberStatus, NetworkRole } from './network.enums';

@ObjectType('Network', { description: 'A group of schools’ leaders who support each other, belonging to one local authority.' })
export class NetworkModel {
  @Field(() => ID, { description: 'The network.' })
  id: string;

  @Field({ description: 'Its name, unique within its authority.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'What it is for and who it is for.' })
  description: string | null;

  @Field(() => ID, { description: 'The local authority it belongs to.' })
  localAuthorityId: string;

  @Field(() => Int, { description: 'Months its conversations are kept.' })
  retentionMonths: number;

  @Field(() => ID, { description: 'Who created it.' })
  createdById: string;

  @Field({ description: 'When it was created.' })
  createdAt: Date;
}

@ObjectType()
export class NetworkConnection extends Connection(NetworkModel, 'Network') {}

@ObjectType('NetworkMember', { description: 'One person’s standing with a network.' })
export class NetworkMemberModel {
  @Field(() => ID, { description: 'The network.' })
  networkId: string;

  @Field(() => ID, { description: 'The person (user).' })
  userId: string;

  @Field({ description: 'Their name as shown in the portal.' })
  displayName: string;

  @Field(() => NetworkRole, { description: 'Moderator or member.' })
  role: NetworkRole;

  @Field(() => NetworkMemberStatus, { description: 'Invited, asking, in, or gone.' })
  status: NetworkMemberStatus;

  @Field({
    description: 'Whether they may take part today (an active account with a headteacher, DSL, officer or manager role in force). An active member who may not is left out of the network’s counts and conversations.',
  })
  canTakePart: boolean;

  @Field(() => ID, { nullable: true, description: 'Who invited them, if they were invited.' })
  invitedById: string | null;

  @Field(() => ID, { nullable: true, description: 'Who last settled their standing: they themselves, or a moderator or manager.' })
  decidedById: string | null;

  @Field({ description: 'When they were first invited or asked to join.' })
  createdAt: Date;

  @Field({ description: 'When their standing last changed.' })
  updatedAt: Date;
}

@ObjectType('NetworkInvitation', { description: 'An invitation to join a network, waiting for your answer.' })
export class NetworkInvitationModel {
  @Field(() => NetworkModel, { description: 'The network.' })
  network: NetworkModel;

  @Field(() => ID, { nullable: true, description: 'Who invited you.' })
  invitedById: string | null;

  @Field(() => String, { nullable: true, description: 'Their name as shown in the portal.' })
  invitedByName: string | null;

  @Field({ description: 'When you were invited.' })
  invitedAt: Date;
}
