import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PressureReport } from '../reports/pressure-report.entity';

/** Evidence (a screenshot, a letter as PDF) attached to a report. The bytes live in the attachment store, never in this row. */
@Entity('pressure_attachments')
@Index('pressure_attachments_report_idx', ['reportId', 'createdAt'])
export class PressureAttachment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  reportId: string;

  @ManyToOne(() => PressureReport, { onDelete: 'RESTRICT' })
  report?: PressureReport;

  /** The name the uploader gave, kept for display only (never used as a path). */
  @Column({ type: 'varchar', length: 200 })
  fileName: string;

  /** The type read from the content itself. */
  @Column({ type: 'varchar', length: 50 })
  mediaType: string;

  @Column({ type: 'integer' })
  byteSize: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  /** Where the store keeps the bytes. */
  @Column({ type: 'varchar', length: 200 })
  storageKey: string;

  @Column({ type: 'uuid' })
  uploadedById: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
