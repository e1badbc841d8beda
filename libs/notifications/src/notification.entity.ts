import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Something a person should know about, with a link to the record. Never carries a child's
 * details: the title is generic and the record's own policy decides what the link shows.
 */
@Entity('notifications')
@Index('notifications_recipient_idx', ['recipientId', 'createdAt', 'id'])
@Index('notifications_unread_idx', ['recipientId'], { where: 'read_at IS NULL' })
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  recipientId: string;

  /** e.g. `concern.immediate_risk`, `register.overdue`. */
  @Column({ type: 'varchar', length: 80 })
  kind: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** Path inside the portal, e.g. `/concerns/<id>`. */
  @Column({ type: 'varchar', length: 300 })
  link: string;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  // Millisecond precision, so the keyset cursor (an ISO string) round-trips exactly.
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
