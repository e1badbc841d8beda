import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RealtimeGateway } from '@safeguard/realtime';
import { ConversationEventView } from '../events/conversation-log';
import { loadMessageViews } from '../messages/message-view';

export const conversationRoom = (conversationId: string) => `conversation:${conversationId}`;

/** The socket event every conversation change goes out as. */
export const CONVERSATION_EVENT = 'conversation.event';

/**
 * Tells a conversation's connected members about committed events. Called only after the commit,
 * through the socket.io adapter (Redis Streams with several instances), so every instance's
 * sockets in the room hear it. Live delivery is best-effort on top of the log: a client that
 * misses one sees a gap in the sequence and catches up from the log.
 */
@Injectable()
export class ConversationBroadcast {
  private readonly logger = new Logger(ConversationBroadcast.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly realtime: RealtimeGateway,
  ) {}

  async deliver(events: readonly ConversationEventView[]): Promise<void> {
    if (!events.length || !this.realtime.server) return;
    try {
      const missing = events.filter((e) => e.messageId && e.message === undefined).map((e) => e.messageId!);
      const views = new Map((await loadMessageViews(this.dataSource.manager, missing, 'member')).map((m) => [m.id, m]));
      for (const event of events) {
        const message = event.message !== undefined ? event.message : event.messageId ? (views.get(event.messageId) ?? null) : null;
        this.realtime.server.to(conversationRoom(event.conversationId)).emit(CONVERSATION_EVENT, { ...event, message });
      }
    } catch (error) {
      this.logger.warn(`Live delivery failed (clients will catch up from the log): ${String(error)}`);
    }
  }
}
