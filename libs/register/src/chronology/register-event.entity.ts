import { Column, CreateDateColumn, Entity, Generated, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Child } from '../children/child.entity';
import { EncryptedColumn } from '@safeguard/encryption';

/**
 * One line of a child's chronology: every report, enquiry, visit, whereabouts, closure,
 * sign-off and merge, written in the same transaction as the change it describes.
 */
@Entity('register_events')
@Index('register_events_child_idx', ['childId', 'occurredOn', 'seq'])
export class RegisterEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Write order: several events written in one transaction share a timestamp, never a number. */
  @Column({ type: 'bigint' })
  @Generated('increment')
  seq: string;

  @Column({ type: 'uuid' })
  childId: string;

  @ManyToOne(() => Child, { onDelete: 'RESTRICT' })
  child?: Child;

  /** The record the event was first written against, kept when records are merged. */
  @Column({ type: 'uuid' })
  originalChildId: string;

  @Column({ type: 'uuid', nullable: true })
  entryId: string | null;

  /**
   * Set for events of a school's safeguarding concern: besides the authority's team and its
   * HMI, only that school sees them, never another school the child is on the roll of.
   */
  @Column({ type: 'uuid', nullable: true })
  restrictedToSchoolId: string | null;

  @Column({ type: 'varchar', length: 60 })
  kind: string;

  @EncryptedColumn('register_events.summary')
  summary: string;

  /** The day it happened (a visit's date), which may be earlier than when it was recorded. */
  @Column({ type: 'date' })
  occurredOn: string;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt: Date;
}
