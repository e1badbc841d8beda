import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { User } from '@safeguard/accounts';
import { ConversationMemberStatus } from '../messaging.enums';
import { Conversation } from './conversation.entity';

/** One person in one conversation: their standing, how far they have read, and any mute. */
@Entity('conversation_members')
@Index('conversation_members_user_idx', ['userId', 'status'])
export class ConversationMember {
  @PrimaryColumn({ type: 'uuid' })
  conversationId: string;

  @ManyToOne(() => Conversation, { onDelete: 'CASCADE' })
  conversation?: Conversation;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: User;

  @Column({ type: 'enum', enum: ConversationMemberStatus, enumName: 'conversation_member_status' })
  status: ConversationMemberStatus;

  /** The message sequence they have read up to (their read receipt). */
  @Column({ type: 'bigint', default: 0 })
  readUpTo: string;

  /** A moderator's mute: they read but cannot post until then. */
  @Column({ type: 'timestamptz', nullable: true })
  mutedUntil: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
