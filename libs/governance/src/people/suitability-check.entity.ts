import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CheckKind, CheckOutcome } from '../governance.enums';
import { Appointment } from './appointment.entity';
import { EncryptedColumn } from '@safeguard/encryption';

/**
 * A check done for an appointment, as the single central record keeps it: what, when, by whom,
 * the outcome and the reference. No copy of a DBS certificate is ever stored; its number is kept
 * encrypted (EncryptedColumn), readable only by the school and the authority's managers.
 */
/** The associated data the DBS number is encrypted under (named before contexts named their column). */
export const REFERENCE_CONTEXT = 'governance_checks.reference';

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

  /**
   * The reference (a DBS certificate number), encrypted in the column reference_encrypted; a value
   * that cannot be decrypted reads as null, shown as unknown rather than failing the record.
   */
  @EncryptedColumn(REFERENCE_CONTEXT, { name: 'reference_encrypted', nullable: true, unreadableAsNull: true, lookupHash: 'referenceHash' })
  reference: string | null;

  /** The reference's keyed hash (HMAC-SHA256), for exact matches without decrypting: the same certificate twice. */
  @Index('governance_checks_reference_hash_idx')
  @Column({ type: 'char', length: 64, nullable: true })
  referenceHash: string | null;

  /** When the school's policy wants it renewed (default for DBS: a year on). */
  @Column({ type: 'date', nullable: true })
  renewalDueOn: string | null;

  /** The risk assessment, when information was disclosed. */
  @EncryptedColumn('governance_checks.notes', { nullable: true })
  notes: string | null;

  @Column({ type: 'uuid', nullable: true })
  recordedById: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
