import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '@safeguard/notifications';
import { OrganisationsModule } from '@safeguard/organisations';
import { RegisterCoreModule } from '@safeguard/register';
import { AttachmentStore } from './attachments/attachment-store';
import { ConcernAttachmentsController } from './attachments/concern-attachments.controller';
import { ConcernAttachmentsService } from './attachments/concern-attachments.service';
import { CONCERN_ENTITIES } from './concern-entities';
import { ConcernPolicy } from './concern.policy';
import { ConcernDeadlinesService } from './deadlines/concern-deadlines.service';
import { ConcernDeadlinesWorker } from './deadlines/concern-deadlines.worker';
import { ConcernEscalationService } from './deadlines/concern-escalation.service';
import { ConcernFilingService } from './filing/concern-filing.service';
import { ConcernSubmission } from './filing/concern-submission';
import { ConcernsResolver } from './filing/concerns.resolver';
import { ConcernsService } from './filing/concerns.service';
import { ConcernDecisionsService } from './front-door/concern-decisions.service';
import { FrontDoorResolver } from './front-door/front-door.resolver';
import { FrontDoorService } from './front-door/front-door.service';
import { SignOffWindow } from './front-door/sign-off-window';
import { ConcernMeasuresResolver } from './measures/concern-measures.resolver';
import { ConcernMeasuresService } from './measures/concern-measures.service';

const SERVICES = [
  ConcernPolicy, ConcernsService, ConcernFilingService, ConcernSubmission, ConcernDeadlinesService, ConcernDecisionsService,
  SignOffWindow, FrontDoorService, ConcernEscalationService, AttachmentStore, ConcernAttachmentsService, ConcernMeasuresService,
];

/** Safeguarding concerns and the council's front door: services for every process. */
@Module({
  imports: [TypeOrmModule.forFeature(CONCERN_ENTITIES), RegisterCoreModule, NotificationsModule, OrganisationsModule],
  providers: SERVICES,
  // Resolvers read children through the register's own services.
  exports: [...SERVICES, RegisterCoreModule],
})
export class ConcernsCoreModule {}

/** The api's concerns: GraphQL and the attachment routes on top of the core. */
@Module({
  imports: [ConcernsCoreModule],
  providers: [ConcernsResolver, FrontDoorResolver, ConcernMeasuresResolver],
  controllers: [ConcernAttachmentsController],
})
export class ConcernsModule {}

/** The worker's concern jobs: front-door deadline escalation. */
@Module({
  imports: [ConcernsCoreModule],
  providers: [ConcernDeadlinesWorker],
})
export class ConcernsWorkerModule {}
