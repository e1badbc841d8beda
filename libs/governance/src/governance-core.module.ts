import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '@safeguard/notifications';
import { OrganisationsModule } from '@safeguard/organisations';
import { GOVERNANCE_ENTITIES } from './governance-entities';
import { GovernancePolicy } from './governance.policy';
import { GovernanceRecordService } from './people/governance-record.service';
import { GovernanceStatusService } from './status/governance-status.service';
import { GovernanceAlertsService } from './alerts/governance-alerts.service';
import { GovernanceOverviewService } from './overview/governance-overview.service';

const SERVICES = [GovernancePolicy, GovernanceRecordService, GovernanceStatusService, GovernanceOverviewService, GovernanceAlertsService];

/** Governance suitability checks: services for every process. */
@Module({
  imports: [TypeOrmModule.forFeature(GOVERNANCE_ENTITIES), NotificationsModule, OrganisationsModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class GovernanceCoreModule {}
