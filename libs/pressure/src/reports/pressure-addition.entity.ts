import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PressureReport } from './pressure-report.entity';
import { EncryptedColumn } from '@safeguard/encryption';

/** Information added to a report, which is never edited. */
@Entity('pressure_report_additions')
@Index('pressure_report_additions_report_idx', ['reportId', 'createdAt'])
export class PressureAddition {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  reportId: string;

  @ManyToOne(() => PressureReport, { onDelete: 'RESTRICT' })
  report?: PressureReport;

  @Column({ type: 'uuid' })
  authorId: string;

  @EncryptedColumn('pressure_report_additions.text')
  text: string;

  /** Further links (http or https only). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  links: string[];

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
