import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ReportFigures } from '../figures/report-figures';
import { ReportStatus } from '../inspection.enums';
import type { SectionNarrative } from '../outputs/renderable-report';

/**
 * One version of an authority's termly report. A draft's figures are rebuilt from live data;
 * submission freezes figures and text with a content hash (a trigger refuses any later change);
 * a correction is a new version that names the one it corrects.
 */
@Entity('termly_reports')
@Index('termly_reports_version_idx', ['localAuthorityId', 'termStartsOn', 'version'], { unique: true })
export class TermlyReport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  localAuthorityId: string;

  @Column({ type: 'date' })
  termStartsOn: string;

  @Column({ type: 'date' })
  termEndsOn: string;

  @Column({ type: 'varchar', length: 40 })
  termLabel: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'uuid', nullable: true })
  correctsReportId: string | null;

  @Column({ type: 'enum', enum: ReportStatus, enumName: 'report_status' })
  status: ReportStatus;

  @Column({ type: 'jsonb' })
  figures: ReportFigures;

  @Column({ type: 'jsonb' })
  narratives: SectionNarrative[];

  @Column({ type: 'text', nullable: true })
  recommendations: string | null;

  @Column({ type: 'text', nullable: true })
  laResponse: string | null;

  @Column({ type: 'uuid', nullable: true })
  hmiUserId: string | null;

  @Column({ type: 'timestamptz' })
  builtAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  submittedById: string | null;

  @Column({ type: 'text', array: true, nullable: true })
  recipients: string[] | null;

  @Column({ type: 'char', length: 64, nullable: true })
  contentHash: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
