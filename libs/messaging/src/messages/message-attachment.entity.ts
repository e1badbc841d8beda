import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Conversation } from '../conversations/conversation.entity';
import { Message } from './message.entity';

/**
 * A file uploaded into a conversation (checked as concern attachments are), then attached to the
 * message that sends it. Until then only its uploader sees it.
 */
@Entity('message_attachments')
@Index('message_attachments_message_idx', ['messageId'])
export class MessageAttachment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  conversationId: string;

  @ManyToOne(() => Conversation, { onDelete: 'CASCADE' })
  conversation?: Conversation;

  @Column({ type: 'uuid', nullable: true })
  messageId: string | null;

  @ManyToOne(() => Message, { onDelete: 'CASCADE' })
  message?: Message;

  @Column({ type: 'uuid' })
  uploadedById: string;

  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  @Column({ type: 'varchar', length: 100 })
  mediaType: string;

  @Column({ type: 'integer' })
  byteSize: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  /** Where the file sits in the attachment store; never sent to clients. */
  @Column({ type: 'varchar', length: 64 })
  storageKey: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
