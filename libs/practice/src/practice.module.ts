import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConcernsCoreModule } from '@safeguard/concerns';
import { NotificationsModule } from '@safeguard/notifications';
import { OrganisationsModule } from '@safeguard/organisations';
import { PracticeAttachment } from './attachments/practice-attachment.entity';
import { PracticeAttachmentsController } from './attachments/practice-attachments.controller';
import { PracticeAttachmentsService } from './attachments/practice-attachments.service';
import { PracticeComment } from './engagement/practice-comment.entity';
import { PracticeEndorsement } from './engagement/practice-endorsement.entity';
import { PracticeEngagementResolver } from './engagement/practice-engagement.resolver';
import { PracticeEngagementService } from './engagement/practice-engagement.service';
import { PracticeEntriesResolver } from './entries/practice-entries.resolver';
import { PracticeEntriesService } from './entries/practice-entries.service';
import { PracticeEntry } from './entries/practice-entry.entity';
import { PracticePolicy } from './practice.policy';

export const PRACTICE_ENTITIES = [PracticeEntry, PracticeEndorsement, PracticeComment, PracticeAttachment];
const SERVICES = [PracticePolicy, PracticeEntriesService, PracticeEngagementService, PracticeAttachmentsService];

/** The Prevent practice library: services for every process. */
@Module({
  // The attachment store is the concerns' one: one place for files and their checks.
  imports: [TypeOrmModule.forFeature(PRACTICE_ENTITIES), NotificationsModule, OrganisationsModule, ConcernsCoreModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class PracticeCoreModule {}

/** The api's practice library: GraphQL and the attachment routes. */
@Module({
  imports: [PracticeCoreModule],
  providers: [PracticeEntriesResolver, PracticeEngagementResolver],
  controllers: [PracticeAttachmentsController],
})
export class PracticeModule {}
