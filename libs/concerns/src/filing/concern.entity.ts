import {
  Column, CreateDateColumn, Entity, Generated, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn,
} from 'typeorm';
import { Child } from '@safeguard/register';
import { ChannelOutcome, ConcernCategory, ConcernStatus, DecisionOutcome } from '../concern.enums';
import { PreventDetails } from './prevent-details';
import { EncryptedColumn } from '@safeguard/encryption';

/**
 * A safeguarding concern raised by a school about one child. Once submitted its words never
 * change: later facts are additions, and the council's decisions are rows of their own.
 */
@Entity('concerns')
@Index('concerns_queue_idx', ['localAuthorityId', 'status', 'immediateRisk', 'submittedAt'])
@Index('concerns_school_idx', ['schoolId', 'submittedAt'])
@Index('concerns_child_idx', ['childId', 'submittedAt'])
export class Concern {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Human reference number, e.g. SC-1042. */
  @Column({ type: 'bigint', unique: true })
  @Generated('increment')
  seq: string;

  @Column({ type: 'uuid' })
  localAuthorityId: string;

  @Column({ type: 'uuid' })
  schoolId: string;

  @Column({ type: 'uuid' })
  authorId: string;

  @Column({ type: 'enum', enum: ConcernStatus, enumName: 'concern_status' })
  status: ConcernStatus;

  /** Set on submission at the latest (a draft may instead hold the child to create). */
  @Column({ type: 'uuid', nullable: true })
  childId: string | null;

  @ManyToOne(() => Child, { onDelete: 'RESTRICT' })
  child?: Child;

  /** A draft's child not yet on the register, created when the concern is submitted. */
  @Column({ type: 'jsonb', nullable: true })
  draftChild: Record<string, unknown> | null;

  @Column({ type: 'enum', enum: ConcernCategory, enumName: 'concern_category', array: true })
  categories: ConcernCategory[];

  /** What was seen or heard, in the reporter's own words. */
  @EncryptedColumn('concerns.account', { nullable: true })
  account: string | null;

  @Column({ type: 'date', nullable: true })
  occurredOn: string | null;

  /** HH:MM, when known. */
  @Column({ type: 'varchar', length: 5, nullable: true })
  occurredTime: string | null;

  /** What the school has already done. */
  @EncryptedColumn('concerns.action_taken', { nullable: true })
  actionTaken: string | null;

  @Column({ type: 'boolean', nullable: true })
  childOrFamilyTold: boolean | null;

  /** Why the child or family was not told (telling them can put a child at risk). */
  @EncryptedColumn('concerns.not_told_reason', { nullable: true })
  notToldReason: string | null;

  @Column({ type: 'boolean', default: false })
  immediateRisk: boolean;

  /** The phone call an immediate risk requires: who was called. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  riskCallTo: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  riskCallAt: Date | null;

  @EncryptedColumn('concerns.risk_call_outcome', { nullable: true })
  riskCallOutcome: string | null;

  @Column(() => PreventDetails, { prefix: 'prevent' })
  prevent: PreventDetails;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  decisionDueAt: Date | null;

  /** When the first decision was recorded (timeliness is measured to it). */
  @Column({ type: 'timestamptz', nullable: true })
  firstDecidedAt: Date | null;

  /** The decision in effect; null until one is (schools see only this). */
  @Column({ type: 'enum', enum: DecisionOutcome, enumName: 'decision_outcome', nullable: true })
  outcome: DecisionOutcome | null;

  @Column({ type: 'timestamptz', nullable: true })
  outcomeAt: Date | null;

  @Column({ type: 'enum', enum: ChannelOutcome, enumName: 'channel_outcome', nullable: true })
  channelOutcome: ChannelOutcome | null;

  @Column({ type: 'date', nullable: true })
  channelOutcomeOn: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
