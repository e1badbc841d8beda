import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Conversation } from '../conversations/conversation.entity';
import { Message } from '../messages/message.entity';
import { MessageReportReason, MessageReportStatus } from './message-report.enums';

/** A member's report of a message, for the network's moderators and the authority's managers. */
@Entity('message_reports')
@Index('message_reports_open_key', ['messageId', 'reporterId'], { unique: true, where: "status = 'OPEN'" })
@Index('message_reports_queue_idx', ['conversationId', 'status', 'createdAt'])
export class MessageReport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  messageId: string;

  @ManyToOne(() => Message, { onDelete: 'CASCADE' })
  message?: Message;

  @Column({ type: 'uuid' })
  conversationId: string;

  @ManyToOne(() => Conversation, { onDelete: 'CASCADE' })
  conversation?: Conversation;

  @Column({ type: 'uuid' })
  reporterId: string;

  @Column({ type: 'enum', enum: MessageReportReason, enumName: 'message_report_reason' })
  reason: MessageReportReason;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'enum', enum: MessageReportStatus, enumName: 'message_report_status', default: MessageReportStatus.OPEN })
  status: MessageReportStatus;

  @Column({ type: 'uuid', nullable: true })
  reviewedById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  reviewNote: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
