import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { School } from '@safeguard/organisations';

/**
 * A school's termly safeguarding return to its council, as the school submitted it: once per
 * school per term, never edited. Every school returns, independent schools included.
 */
@Entity('safeguarding_returns')
@Index('safeguarding_returns_school_term_key', ['schoolId', 'termStartsOn'], { unique: true })
@Index('safeguarding_returns_la_term_idx', ['localAuthorityId', 'termStartsOn'])
export class SafeguardingReturn {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  schoolId: string;

  @ManyToOne(() => School, { onDelete: 'RESTRICT' })
  school?: School;

  @Column({ type: 'uuid' })
  localAuthorityId: string;

  /** The term's first day (its identity). */
  @Column({ type: 'date' })
  termStartsOn: string;

  /** e.g. 'Autumn 2026/27'. */
  @Column({ type: 'varchar', length: 40 })
  termLabel: string;

  /** Null only for the demo's seeded returns. */
  @Column({ type: 'uuid', nullable: true })
  submittedById: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  submittedAt: Date;

  /** Suitability checks for everyone on the governing body or proprietor body are complete. */
  @Column({ type: 'boolean' })
  governanceChecksComplete: boolean;

  @Column({ type: 'integer' })
  staffHeadcount: number;

  @Column({ type: 'integer' })
  staffPreventTrained: number;

  /** Pupils deleted from the admission register this term. */
  @Column({ type: 'integer' })
  deletionsFromRoll: number;

  /** Of those, the pupils whose destination (next school, elective home education…) is known. */
  @Column({ type: 'integer' })
  deletionsWithKnownDestination: number;

  /** Prevent referrals the school made this term. */
  @Column({ type: 'integer' })
  preventReferrals: number;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
