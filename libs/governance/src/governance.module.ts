import { Module } from '@nestjs/common';
import { GovernanceAlertsWorker } from './alerts/governance-alerts.worker';
import { GovernanceCoreModule } from './governance-core.module';
import { GovernanceImportModule } from './import/governance-import.module';
import { GovernanceResolver } from './overview/governance.resolver';
import { PreventDutyModule } from './prevent/prevent-duty.module';

/** The api's governance and Prevent duty record. */
@Module({
  imports: [GovernanceCoreModule, PreventDutyModule, GovernanceImportModule],
  providers: [GovernanceResolver],
})
export class GovernanceModule {}

/** The worker's governance jobs: reminders, escalations and the termly completion snapshot. */
@Module({
  imports: [GovernanceCoreModule],
  providers: [GovernanceAlertsWorker],
})
export class GovernanceWorkerModule {}
