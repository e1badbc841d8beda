import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Message } from './message.entity';

/** The text a message had before an edit: moderators see every version. */
@Entity('message_edits')
@Index('message_edits_message_idx', ['messageId', 'editedAt'])
export class MessageEdit {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  messageId: string;

  @ManyToOne(() => Message, { onDelete: 'CASCADE' })
  message?: Message;

  @Column({ type: 'text' })
  previousBody: string;

  @Column({ type: 'timestamptz' })
  editedAt: Date;
}
