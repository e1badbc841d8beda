import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CheckKind, CheckOutcome } from '../governance.enums';
import { Appointment } from './appointment.entity';

/**
 * A check done for an appointment, as the single central record keeps it: what, when, by whom,
 * the outcome and the reference. No copy of a DBS certificate is ever stored; its number is kept
 * encrypted (FieldCipher), readable only by the school and the authority's managers.
 */
@Entity('governance_checks')
@Index('governance_checks_appointment_idx', ['appointmentId', 'kind', 'doneOn'])
export class SuitabilityCheck {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  appointmentId: string;

  @ManyToOne(() => Appointment, { onDelete: 'RESTRICT' })
  appointment?: Appointment;

  @Column({ type: 'enum', enum: CheckKind, enumName: 'check_kind' })
  kind: CheckKind;

  /** For a DBS certificate: when it was applied for. */
  @Column({ type: 'date', nullable: true })
  appliedOn: string | null;

  @Column({ type: 'date' })
  doneOn: string;

  /** Who carried it out. */
  @Column({ type: 'varchar', length: 200 })
  checkedBy: string;

  @Column({ type: 'enum', enum: CheckOutcome, enumName: 'check_outcome' })
  outcome: CheckOutcome;

  /** The reference (a DBS certificate number), encrypted. */
  @Column({ type: 'text', nullable: true })
  referenceEncrypted: string | null;

  /** When the school's policy wants it renewed (default for DBS: a year on). */
  @Column({ type: 'date', nullable: true })
  renewalDueOn: string | null;

  /** The risk assessment, when information was disclosed. */
  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'uuid', nullable: true })
  recordedById: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
