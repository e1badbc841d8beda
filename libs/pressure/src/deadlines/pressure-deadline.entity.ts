import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PressureDeadlineKind } from '../pressure.enums';
import { PressureReport } from '../reports/pressure-report.entity';

/**
 * A deadline on a report (its acknowledgement). `escalatedAt` is stamped in the same
 * transaction as the managers' notifications, so a missed deadline escalates exactly once,
 * whichever worker sees it and however often workers restart.
 */
@Entity('pressure_deadlines')
@Index('pressure_deadlines_open_idx', ['dueAt'], { where: 'met_at IS NULL AND cancelled_at IS NULL AND escalated_at IS NULL' })
@Index('pressure_deadlines_report_idx', ['reportId', 'kind'])
export class PressureDeadline {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  reportId: string;

  @ManyToOne(() => PressureReport, { onDelete: 'RESTRICT' })
  report?: PressureReport;

  @Column({ type: 'uuid' })
  localAuthorityId: string;

  @Column({ type: 'enum', enum: PressureDeadlineKind, enumName: 'pressure_deadline_kind' })
  kind: PressureDeadlineKind;

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
