import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { RegisterEntry } from './register-entry.entity';
import { EducationSuitability, VisitKind } from '../register.enums';
import { EncryptedColumn } from '@safeguard/encryption';

/**
 * A contact, visit or safety check. The safeguarding section (seen, seen alone, the child's
 * views, any concern) is required for home-education and safety-check records.
 */
@Entity('register_visits')
@Index('register_visits_entry_idx', ['entryId', 'occurredOn'])
export class Visit {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  entryId: string;

  @ManyToOne(() => RegisterEntry, { onDelete: 'RESTRICT' })
  entry?: RegisterEntry;

  @Column({ type: 'enum', enum: VisitKind, enumName: 'visit_kind' })
  kind: VisitKind;

  @Column({ type: 'date' })
  occurredOn: string;

  @Column({ type: 'boolean', nullable: true })
  childSeen: boolean | null;

  @Column({ type: 'boolean', nullable: true })
  childSeenAlone: boolean | null;

  @EncryptedColumn('register_visits.child_views', { nullable: true })
  childViews: string | null;

  @Column({ type: 'boolean', nullable: true })
  safeguardingConcern: boolean | null;

  @EncryptedColumn('register_visits.concern_details', { nullable: true })
  concernDetails: string | null;

  @Column({ type: 'enum', enum: EducationSuitability, enumName: 'education_suitability', nullable: true })
  educationSuitability: EducationSuitability | null;

  @Column({ type: 'numeric', precision: 4, scale: 1, nullable: true })
  hoursPerWeek: string | null;

  @EncryptedColumn('register_visits.notes')
  notes: string;

  @Column({ type: 'uuid', nullable: true })
  recordedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
