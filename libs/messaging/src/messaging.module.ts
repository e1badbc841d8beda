import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttachmentStore } from '@safeguard/concerns';
import { NetworksCoreModule } from '@safeguard/networks';
import { NotificationsModule } from '@safeguard/notifications';
import { RealtimeModule } from '@safeguard/realtime';
import { AccessChanges } from './conversations/access-changes';
import { ConversationAccess } from './conversations/conversation-access';
import { ConversationsResolver } from './conversations/conversations.resolver';
import { ConversationsService } from './conversations/conversations.service';
import { NetworkDepartures } from './conversations/network-departures';
import { ConversationBroadcast } from './gateway/conversation-broadcast';
import { MessagingGateway } from './gateway/messaging.gateway';
import { MessageChanges } from './messages/message-changes.service';
import { MessageSending } from './messages/message-sending.service';
import { MessagesResolver } from './messages/messages.resolver';
import { MessagingReads } from './messages/messaging-reads.service';
import { MESSAGING_ENTITIES } from './messaging-entities';
import { MessageAttachmentsController } from './attachments/message-attachments.controller';
import { MessageAttachments } from './attachments/message-attachments.service';
import { ModerationResolver } from './moderation/moderation.resolver';
import { Moderation } from './moderation/moderation.service';
import { ConversationExports } from './retention/conversation-export.service';
import { LegalHolds } from './retention/legal-hold.service';
import { MessagingRetentionWorker } from './retention/retention.worker';

// The attachment store keeps no state beyond its directory, so each domain may hold its own.
const CORE = [ConversationAccess, AccessChanges, AttachmentStore];

/** Conversations and their messages: what every process needs (the worker's retention purge included). */
@Module({
  imports: [TypeOrmModule.forFeature(MESSAGING_ENTITIES), NetworksCoreModule],
  providers: CORE,
  exports: [...CORE, NetworksCoreModule],
})
export class MessagingCoreModule {}

/** The api's messaging: GraphQL, socket events and live delivery on top of the core. */
@Module({
  imports: [MessagingCoreModule, RealtimeModule, NotificationsModule],
  providers: [
    ConversationBroadcast, ConversationsService, NetworkDepartures, MessageSending, MessageChanges, MessagingReads,
    Moderation, LegalHolds, ConversationExports, MessageAttachments,
    ConversationsResolver, MessagesResolver, ModerationResolver, MessagingGateway,
  ],
  controllers: [MessageAttachmentsController],
})
export class MessagingModule {}

/** The worker's messaging jobs: the daily retention purge. */
@Module({
  imports: [MessagingCoreModule],
  providers: [MessagingRetentionWorker],
})
export class MessagingWorkerModule {}
