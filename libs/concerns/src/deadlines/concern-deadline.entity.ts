import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ConcernDeadlineKind } from '../concern.enums';
import { Concern } from '../filing/concern.entity';

/**
 * A front-door deadline (a decision, or a sign-off). `escalatedAt` is stamped in the same
 * transaction as the managers' notifications, so a missed deadline escalates exactly once,
 * whichever worker sees it and however often workers restart.
 */
@Entity('concern_deadlines')
@Index('concern_deadlines_open_idx', ['dueAt'], { where: 'met_at IS NULL AND cancelled_at IS NULL AND escalated_at IS NULL' })
@Index('concern_deadlines_concern_idx', ['concernId', 'kind'])
export class ConcernDeadline {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  concernId: string;

  @ManyToOne(() => Concern, { onDelete: 'RESTRICT' })
  concern?: Concern;

  /** For a sign-off: the decision awaiting it. */
  @Column({ type: 'uuid', nullable: true })
  decisionId: string | null;

  @Column({ type: 'uuid' })
  localAuthorityId: string;

  @Column({ type: 'enum', enum: ConcernDeadlineKind, enumName: 'concern_deadline_kind' })
  kind: ConcernDeadlineKind;

  @Column({ type: 'timestamptz' })
  dueAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  metAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  escalatedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
