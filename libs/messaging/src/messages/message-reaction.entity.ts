import { CreateDateColumn, Entity, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '@safeguard/accounts';
import { Message } from './message.entity';

/** One person's reaction to a message; a person may use several emoji but each once. */
@Entity('message_reactions')
export class MessageReaction {
  @PrimaryColumn({ type: 'uuid' })
  messageId: string;

  @ManyToOne(() => Message, { onDelete: 'CASCADE' })
  message?: Message;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: User;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  emoji: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
