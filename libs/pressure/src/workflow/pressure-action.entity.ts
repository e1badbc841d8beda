import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PressureActionKind } from '../pressure.enums';
import { PressureReport } from '../reports/pressure-report.entity';
import { EncryptedColumn } from '@safeguard/encryption';

/** Something the council did about a report: a visit, a letter, a referral… */
@Entity('pressure_report_actions')
@Index('pressure_report_actions_report_idx', ['reportId', 'takenOn', 'createdAt'])
export class PressureAction {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  reportId: string;

  @ManyToOne(() => PressureReport, { onDelete: 'RESTRICT' })
  report?: PressureReport;

  @Column({ type: 'uuid' })
  localAuthorityId: string;

  @Column({ type: 'enum', enum: PressureActionKind, enumName: 'pressure_action_kind' })
  kind: PressureActionKind;

  @Column({ type: 'date' })
  takenOn: string;

  @EncryptedColumn('pressure_report_actions.note')
  note: string;

  @Column({ type: 'uuid' })
  recordedById: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
