import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '@safeguard/notifications';
import { OrganisationsModule } from '@safeguard/organisations';
import { GOVERNANCE_ENTITIES } from './governance-entities';
import { GovernancePolicy } from './governance.policy';
import { PreventDutyModule } from './prevent/prevent-duty.module';

const SERVICES = [GovernancePolicy];

/** Governance suitability checks: services for every process. */
@Module({
  imports: [TypeOrmModule.forFeature(GOVERNANCE_ENTITIES), NotificationsModule, OrganisationsModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class GovernanceCoreModule {}

/** The api's governance and Prevent duty record. */
@Module({
  imports: [GovernanceCoreModule, PreventDutyModule],
})
export class GovernanceModule {}
