import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { ConversationEventType } from '../messaging.enums';
import { Conversation } from '../conversations/conversation.entity';
import { Message } from '../messages/message.entity';

/**
 * The conversation's ordered log: every change a client must learn of, numbered 1, 2, 3… with no
 * gaps. A client that was away asks for the events after the last sequence it saw. Events carry
 * no message text: they point at the message, which is read as it is now, so a deleted or purged
 * message's words never survive in the log.
 */
@Entity('conversation_events')
@Index('conversation_events_created_idx', ['createdAt'])
export class ConversationEvent {
  @PrimaryColumn({ type: 'uuid' })
  conversationId: string;

  @ManyToOne(() => Conversation, { onDelete: 'CASCADE' })
  conversation?: Conversation;

  @PrimaryColumn({ type: 'bigint' })
  sequence: string;

  @Column({ type: 'enum', enum: ConversationEventType, enumName: 'conversation_event_type' })
  type: ConversationEventType;

  @Column({ type: 'uuid', nullable: true })
  messageId: string | null;

  @ManyToOne(() => Message, { onDelete: 'CASCADE' })
  message?: Message;

  /** Who caused it (the system's purge or sweep leaves it null). */
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  /** What changed beyond the message: `userId`, `emoji`, `readUpTo`, `mutedUntil`. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  payload: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
