import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { School } from '@safeguard/organisations';
import { PreventRiskRating } from './prevent.enums';

/** One theme of the Prevent duty as the school assessed it: its rating and what it is doing. */
export class PreventThemeAssessment {
  @Column({ type: 'enum', enum: PreventRiskRating, enumName: 'prevent_risk_rating' })
  rating: PreventRiskRating;

  @Column({ type: 'text' })
  actions: string;
}

/**
 * A school's Prevent risk assessment for one school year, on the four themes of the duty
 * (Prevent duty guidance 2023). Reviewing it again in the same year replaces it; the audit trail
 * keeps what it said before.
 */
@Entity('prevent_risk_assessments')
@Index('prevent_risk_assessments_school_year_key', ['schoolId', 'schoolYear'], { unique: true })
@Index('prevent_risk_assessments_la_idx', ['localAuthorityId'])
export class PreventRiskAssessment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  schoolId: string;

  @ManyToOne(() => School, { onDelete: 'RESTRICT' })
  school?: School;

  @Column({ type: 'uuid' })
  localAuthorityId: string;

  /** e.g. '2026/27'. */
  @Column({ type: 'varchar', length: 7 })
  schoolYear: string;

  @Column(() => PreventThemeAssessment, { prefix: 'riskAssessment' })
  riskAssessment: PreventThemeAssessment;

  @Column(() => PreventThemeAssessment, { prefix: 'partnership' })
  partnership: PreventThemeAssessment;

  @Column(() => PreventThemeAssessment, { prefix: 'staffTraining' })
  staffTraining: PreventThemeAssessment;

  /** IT and online-safety policies (filtering and monitoring). */
  @Column(() => PreventThemeAssessment, { prefix: 'onlineSafety' })
  onlineSafety: PreventThemeAssessment;

  @Column({ type: 'enum', enum: PreventRiskRating, enumName: 'prevent_risk_rating' })
  overallRating: PreventRiskRating;

  /** Staff at the school when it was reviewed: the denominator of the share trained. */
  @Column({ type: 'integer' })
  staffHeadcount: number;

  @Column({ type: 'date' })
  reviewedOn: string;

  @Column({ type: 'uuid', nullable: true })
  recordedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
