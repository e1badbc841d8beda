import {
  Column, CreateDateColumn, Entity, Generated, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn,
} from 'typeorm';
import { School } from '@safeguard/organisations';
import { CurriculumArea, PressureCategory, PressureReportStatus } from '../pressure.enums';
import { PressureCampaign } from '../campaigns/pressure-campaign.entity';
import { EncryptedColumn } from '@safeguard/encryption';

/**
 * A school's report of intimidation or pressure. Its words never change once sent: later facts
 * are additions, and what the council did are actions of their own. The council always knows the
 * school; other schools see it only anonymised, and only when the reporter chose to share it.
 */
@Entity('pressure_reports')
@Index('pressure_reports_la_idx', ['localAuthorityId', 'status', 'submittedAt'])
@Index('pressure_reports_school_idx', ['schoolId', 'seq'])
@Index('pressure_reports_shared_idx', ['occurredMonth', 'shareKey'], { where: 'share_anonymously' })
@Index('pressure_reports_campaign_idx', ['campaignId'])
export class PressureReport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Human reference number, e.g. PR-17. */
  @Column({ type: 'bigint', unique: true })
  @Generated('increment')
  seq: string;

  /** The anonymised report's own identifier, so that nothing shown to other schools leads back to this row. */
  @Column({ type: 'uuid', unique: true })
  @Generated('uuid')
  shareKey: string;

  @Column({ type: 'uuid' })
  localAuthorityId: string;

  @Column({ type: 'uuid' })
  schoolId: string;

  @ManyToOne(() => School, { onDelete: 'RESTRICT' })
  school?: School;

  @Column({ type: 'uuid' })
  reporterId: string;

  @Column({ type: 'enum', enum: PressureReportStatus, enumName: 'pressure_report_status' })
  status: PressureReportStatus;

  @Column({ type: 'enum', enum: PressureCategory, enumName: 'pressure_category' })
  category: PressureCategory;

  @Column({ type: 'enum', enum: CurriculumArea, enumName: 'pressure_curriculum_area', nullable: true })
  curriculumArea: CurriculumArea | null;

  /** What happened, in the reporter's words. */
  @EncryptedColumn('pressure_reports.account')
  account: string;

  @Column({ type: 'date' })
  occurredOn: string;

  /** YYYY-MM of occurredOn: the only time other schools and the trends see. */
  @Column({ type: 'char', length: 7 })
  occurredMonth: string;

  /** HH:MM, when known. */
  @Column({ type: 'varchar', length: 5, nullable: true })
  occurredTime: string | null;

  /** Where it happened (the school gate, a meeting, online…). */
  @EncryptedColumn('pressure_reports.location')
  location: string;

  /** Who was involved: individuals or a named group, as the reporter describes them. */
  @EncryptedColumn('pressure_reports.involved')
  involved: string;

  /** Links to posts, videos or petitions (http or https only). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  links: string[];

  @Column({ type: 'boolean' })
  harmToStaff: boolean;

  @Column({ type: 'boolean' })
  harmToPupils: boolean;

  /** What the harm was (required when there was any). */
  @EncryptedColumn('pressure_reports.harm_description', { nullable: true })
  harmDescription: string | null;

  @Column({ type: 'boolean' })
  policeTold: boolean;

  /** The police reference (crime or incident number), required when the police were told. */
  @Column({ type: 'varchar', length: 60, nullable: true })
  policeReference: string | null;

  /** Whether other schools may see the anonymised report. */
  @Column({ type: 'boolean' })
  shareAnonymously: boolean;

  /** The short summary the reporter wrote for other schools (required when shared). */
  @EncryptedColumn('pressure_reports.shareable_summary', { nullable: true })
  shareableSummary: string | null;

  @Column({ type: 'uuid', nullable: true })
  campaignId: string | null;

  @ManyToOne(() => PressureCampaign, { onDelete: 'RESTRICT' })
  campaign?: PressureCampaign;

  @Column({ type: 'timestamptz', precision: 3 })
  submittedAt: Date;

  @Column({ type: 'timestamptz' })
  acknowledgementDueAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  acknowledgedById: string | null;

  /** The council's note to the school when acknowledging. */
  @EncryptedColumn('pressure_reports.acknowledgement_note', { nullable: true })
  acknowledgementNote: string | null;

  /** When the first action was recorded. */
  @Column({ type: 'timestamptz', nullable: true })
  actionStartedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  resolvedById: string | null;

  @EncryptedColumn('pressure_reports.outcome_summary', { nullable: true })
  outcomeSummary: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
