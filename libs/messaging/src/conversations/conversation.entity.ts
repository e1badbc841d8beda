import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Network } from '@safeguard/networks';
import { LocalAuthority } from '@safeguard/organisations';
import { ChannelVisibility, ConversationKind } from '../messaging.enums';

/**
 * A channel in a network, or a direct conversation. It holds the two counters that give messages
 * and events their gapless per-conversation sequences: each is advanced in the statement that
 * writes the row it numbers, under the row lock that statement takes.
 */
@Entity('conversations')
@Index('conversations_network_idx', ['networkId', 'name'])
@Index('conversations_direct_key', ['directKey'], { unique: true, where: 'direct_key IS NOT NULL' })
@Check('conversations_kind_shape', `(kind = 'CHANNEL' AND network_id IS NOT NULL AND name IS NOT NULL AND visibility IS NOT NULL)
  OR (kind = 'DIRECT' AND direct_key IS NOT NULL)`)
export class Conversation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: ConversationKind, enumName: 'conversation_kind' })
  kind: ConversationKind;

  /** The network a channel belongs to; for a direct conversation, the network its people share, if any. */
  @Column({ type: 'uuid', nullable: true })
  networkId: string | null;

  @ManyToOne(() => Network, { onDelete: 'CASCADE' })
  network?: Network;

  /** The authority whose managers moderate it, whose policy keeps it, and whose HMI may read its public channels. */
  @Column({ type: 'uuid' })
  localAuthorityId: string;

  @ManyToOne(() => LocalAuthority, { onDelete: 'RESTRICT' })
  localAuthority?: LocalAuthority;

  @Column({ type: 'varchar', length: 80, nullable: true })
  name: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  topic: string | null;

  @Column({ type: 'enum', enum: ChannelVisibility, enumName: 'channel_visibility', nullable: true })
  visibility: ChannelVisibility | null;

  /** The sorted participant ids of a direct conversation, so one set of people has one conversation. */
  @Column({ type: 'text', nullable: true })
  directKey: string | null;

  /** Sequence of the newest message (0 before the first). */
  @Column({ type: 'bigint', default: 0 })
  lastMessageSequence: string;

  /** Sequence of the newest event in the log (0 before the first). */
  @Column({ type: 'bigint', default: 0 })
  lastEventSequence: string;

  /** An LA manager's legal hold: the retention purge leaves the conversation alone while it is set. */
  @Column({ type: 'timestamptz', nullable: true })
  legalHoldAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  legalHoldById: string | null;

  @Column({ type: 'text', nullable: true })
  legalHoldReason: string | null;

  @Column({ type: 'uuid' })
  createdById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** When the newest message was posted, for ordering a person's conversations. */
  @Column({ type: 'timestamptz', nullable: true })
  lastMessageAt: Date | null;
}
