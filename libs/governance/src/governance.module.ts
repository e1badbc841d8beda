import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '@safeguard/notifications';
import { OrganisationsModule } from '@safeguard/organisations';
import { GOVERNANCE_ENTITIES } from './governance-entities';
import { GovernancePolicy } from './governance.policy';
import { GovernanceRecordService } from './people/governance-record.service';
import { GovernanceStatusService } from './status/governance-status.service';
import { GovernanceAlertsService } from './alerts/governance-alerts.service';
import { GovernanceAlertsWorker } from './alerts/governance-alerts.worker';
import { GovernanceOverviewService } from './overview/governance-overview.service';
import { GovernanceResolver } from './overview/governance.resolver';
import { PreventDutyModule } from './prevent/prevent-duty.module';

const SERVICES = [GovernancePolicy, GovernanceRecordService, GovernanceStatusService, GovernanceOverviewService, GovernanceAlertsService];

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
  providers: [GovernanceResolver],
})
export class GovernanceModule {}

/** The worker's governance jobs: reminders, escalations and the termly completion snapshot. */
@Module({
  imports: [GovernanceCoreModule],
  providers: [GovernanceAlertsWorker],
})
export class GovernanceWorkerModule {}
