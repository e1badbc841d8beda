import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttachmentStore } from '@safeguard/concerns';
import { NotificationsModule } from '@safeguard/notifications';
import { OrganisationsModule } from '@safeguard/organisations';
import { RegisterCoreModule } from '@safeguard/register';
import { PressureAttachmentsController } from './attachments/pressure-attachments.controller';
import { PressureAttachmentsService } from './attachments/pressure-attachments.service';
import { PressureCampaignsResolver } from './campaigns/pressure-campaigns.resolver';
import { PressureCampaignsService } from './campaigns/pressure-campaigns.service';
import { PressureDeadlinesService } from './deadlines/pressure-deadlines.service';
import { PressureDeadlinesWorker } from './deadlines/pressure-deadlines.worker';
import { PressureEscalationService } from './deadlines/pressure-escalation.service';
import { PressureDelegatesResolver } from './delegates/pressure-delegates.resolver';
import { PressureDelegatesService } from './delegates/pressure-delegates.service';
import { PRESSURE_ENTITIES } from './pressure-entities';
import { PressurePolicy } from './pressure.policy';
import { PressureNotices } from './reports/pressure-notices';
import { PressureReadsService } from './reports/pressure-reads.service';
import { PressureReportingService } from './reports/pressure-reporting.service';
import { PressureReportsResolver } from './reports/pressure-reports.resolver';
import { PressureTrendsResolver } from './trends/pressure-trends.resolver';
import { PressureTrendsService } from './trends/pressure-trends.service';
import { PressureWorkflowResolver } from './workflow/pressure-workflow.resolver';
import { PressureWorkflowService } from './workflow/pressure-workflow.service';

const SERVICES = [
  PressurePolicy, PressureReadsService, PressureNotices, PressureReportingService, PressureWorkflowService, PressureDeadlinesService,
  PressureEscalationService, PressureDelegatesService, PressureCampaignsService, PressureTrendsService, PressureAttachmentsService,
  // The concerns' store, shared: the same directory, keys and guarantees for every domain's files.
  AttachmentStore,
];

/** Reports of intimidation and pressure: services for every process. */
@Module({
  // The register's AuthorityTeam finds the authority's officers and managers.
  imports: [TypeOrmModule.forFeature(PRESSURE_ENTITIES), RegisterCoreModule, NotificationsModule, OrganisationsModule],
  providers: SERVICES,
  // Resolvers load the reporting school through the organisations' own service.
  exports: [...SERVICES, OrganisationsModule],
})
export class PressureCoreModule {}

/** The api's pressure reports: GraphQL and the evidence routes on top of the core. */
@Module({
  imports: [PressureCoreModule],
  providers: [PressureReportsResolver, PressureWorkflowResolver, PressureDelegatesResolver, PressureCampaignsResolver, PressureTrendsResolver],
  controllers: [PressureAttachmentsController],
})
export class PressureModule {}

/** The worker's pressure jobs: acknowledgement escalation. */
@Module({
  imports: [PressureCoreModule],
  providers: [PressureDeadlinesWorker],
})
export class PressureWorkerModule {}
