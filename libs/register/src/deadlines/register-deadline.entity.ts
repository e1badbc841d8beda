import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { RegisterEntry } from '../entries/register-entry.entity';
import { DeadlineKind } from '../register.enums';

/**
 * Something that must be done for an entry by a date. Met deadlines keep their row. The two
 * escalation stamps are set in the same transaction as the notifications they stand for, so
 * a worker crash can neither lose an escalation nor send it twice.
 */
@Entity('register_deadlines')
@Index('register_deadlines_open_idx', ['dueOn'], { where: 'met_on IS NULL AND cancelled_on IS NULL' })
@Index('register_deadlines_entry_idx', ['entryId', 'kind'])
export class RegisterDeadline {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  entryId: string;

  @ManyToOne(() => RegisterEntry, { onDelete: 'RESTRICT' })
  entry?: RegisterEntry;

  @Column({ type: 'uuid' })
  localAuthorityId: string;

  @Column({ type: 'enum', enum: DeadlineKind, enumName: 'deadline_kind' })
  kind: DeadlineKind;

  @Column({ type: 'date' })
  dueOn: string;

  /** When the overdue item goes to the LA managers (due date plus the grace period). */
  @Column({ type: 'date' })
  escalateOn: string;

  @Column({ type: 'date', nullable: true })
  metOn: string | null;

  /** Set when the entry closes or the duty no longer applies. */
  @Column({ type: 'date', nullable: true })
  cancelledOn: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  officerNotifiedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  managersNotifiedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
