import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '@safeguard/notifications';
import { NETWORK_ENTITIES } from './network-entities';
import { NetworkJoiningService } from './network-joining.service';
import { NetworkMembersResolver } from './network-members.resolver';
import { NetworkMembership } from './network-membership.service';
import { NetworkMembershipChanges } from './network-membership-changes';
import { NetworkModerationService } from './network-moderation.service';
import { NetworkPolicy } from './network.policy';
import { NetworkRecords } from './network-records.service';
import { NetworksResolver } from './networks.resolver';
import { NetworksService } from './networks.service';

const SERVICES = [NetworkPolicy, NetworkMembership, NetworkMembershipChanges, NetworkRecords, NetworksService, NetworkJoiningService, NetworkModerationService];

/** Peer networks of schools' leaders: services for every process (messaging and the practice library read NetworkMembership). */
@Module({
  imports: [TypeOrmModule.forFeature(NETWORK_ENTITIES), NotificationsModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class NetworksCoreModule {}

/** The api's networks: GraphQL on top of the core. */
@Module({
  imports: [NetworksCoreModule],
  providers: [NetworksResolver, NetworkMembersResolver],
})
export class NetworksModule {}
