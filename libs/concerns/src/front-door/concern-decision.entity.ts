import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DecisionOutcome, DecisionStatus, SignOffVerdict, ThresholdLevel } from '../concern.enums';
import { Concern } from '../filing/concern.entity';
import { EncryptedColumn } from '@safeguard/encryption';

/**
 * A threshold decision on a concern, with what it relied on. An unqualified officer's decision
 * waits for a manager's sign-off; a manager who changes it adds their own decision, which
 * replaces it, and both stay on record.
 */
@Entity('concern_decisions')
@Index('concern_decisions_concern_idx', ['concernId', 'decidedAt'])
@Index('concern_decisions_sign_off_idx', ['localAuthorityId', 'decidedAt'], { where: "status = 'AWAITING_SIGN_OFF'" })
export class ConcernDecision {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  concernId: string;

  @ManyToOne(() => Concern, { onDelete: 'RESTRICT' })
  concern?: Concern;

  @Column({ type: 'uuid' })
  localAuthorityId: string;

  @Column({ type: 'enum', enum: DecisionOutcome, enumName: 'decision_outcome' })
  outcome: DecisionOutcome;

  @Column({ type: 'enum', enum: ThresholdLevel, enumName: 'threshold_level' })
  thresholdLevel: ThresholdLevel;

  /** The threshold criteria relied on, in the document's words. */
  @Column({ type: 'text', array: true })
  criteria: string[];

  @EncryptedColumn('concern_decisions.rationale')
  rationale: string;

  @Column({ type: 'uuid' })
  decidedById: string;

  @Column({ type: 'timestamptz', precision: 3 })
  decidedAt: Date;

  /** Whether the decider was an unqualified officer, so the decision needed a sign-off. */
  @Column({ type: 'boolean' })
  needsSignOff: boolean;

  @Column({ type: 'enum', enum: DecisionStatus, enumName: 'decision_status' })
  status: DecisionStatus;

  @Column({ type: 'timestamptz', nullable: true })
  signOffDueAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  signedOffById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  signedOffAt: Date | null;

  @Column({ type: 'enum', enum: SignOffVerdict, enumName: 'sign_off_verdict', nullable: true })
  signOffVerdict: SignOffVerdict | null;

  /** Why a manager changed the decision. */
  @EncryptedColumn('concern_decisions.change_reason', { nullable: true })
  changeReason: string | null;

  /** For a manager's decision made at sign-off: the one it replaced. */
  @Column({ type: 'uuid', nullable: true })
  replacesDecisionId: string | null;
}
