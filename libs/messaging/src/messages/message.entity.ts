import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '@safeguard/accounts';
import { Conversation } from '../conversations/conversation.entity';

/**
 * One message. Deleting (by its author) and hiding (by a moderator) keep the text for moderators
 * and audit until the retention purge; members see it gone.
 */
@Entity('messages')
@Index('messages_sequence_key', ['conversationId', 'sequence'], { unique: true })
@Index('messages_client_key', ['authorId', 'clientId'], { unique: true })
@Index('messages_thread_idx', ['parentId', 'sequence'], { where: 'parent_id IS NOT NULL' })
@Index('messages_created_idx', ['createdAt'])
// Full-text search: a GIN expression index, created by hand in a migration.
@Index('messages_search_idx', { synchronize: false })
export class Message {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  conversationId: string;

  @ManyToOne(() => Conversation, { onDelete: 'CASCADE' })
  conversation?: Conversation;

  /** Its place in the conversation: 1, 2, 3… with no gaps. */
  @Column({ type: 'bigint' })
  sequence: string;

  @Column({ type: 'uuid' })
  authorId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  author?: User;

  /** The id the sender's client gave it: a retried send finds the stored message by it. */
  @Column({ type: 'uuid' })
  clientId: string;

  /** The Markdown text as written (or as last edited). */
  @Column({ type: 'text' })
  body: string;

  /** The thread's first message, for a reply. */
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => Message, { onDelete: 'SET NULL' })
  parent?: Message;

  @Column({ type: 'integer', default: 0 })
  replyCount: number;

  /** People mentioned (each was notified). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  mentionUserIds: string[];

  @Column({ type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  hiddenById: string | null;

  @Column({ type: 'text', nullable: true })
  hiddenReason: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
