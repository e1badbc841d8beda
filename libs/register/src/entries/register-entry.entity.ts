import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Child } from '../children/child.entity';
import { LocalAuthority } from '@safeguard/organisations';
import { EducationSuitability, EntryReason, EntryStatus, RegisterKind, WhereaboutsKind } from '../register.enums';
import { EncryptedColumn } from '@safeguard/encryption';

/**
 * One entry on a local authority's register: a child missing education, home-educated,
 * excluded, or with an EHC plan and no full-time education. Kind-specific facts are typed
 * columns (not a document) so the dashboard and the HMI report can count them in SQL.
 */
@Entity('register_entries')
@Index('register_entries_la_kind_status_idx', ['localAuthorityId', 'kind', 'status', 'reportedOn', 'id'])
@Index('register_entries_child_idx', ['childId'])
@Index('register_entries_school_idx', ['reportedBySchoolId'])
@Index('register_entries_import_key', ['localAuthorityId', 'kind', 'importSource', 'importRef'], {
  unique: true,
  where: 'import_ref IS NOT NULL',
})
export class RegisterEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  childId: string;

  @ManyToOne(() => Child, { onDelete: 'RESTRICT' })
  child?: Child;

  @Column({ type: 'uuid' })
  localAuthorityId: string;

  @ManyToOne(() => LocalAuthority, { onDelete: 'RESTRICT' })
  localAuthority?: LocalAuthority;

  @Column({ type: 'enum', enum: RegisterKind, enumName: 'register_kind' })
  kind: RegisterKind;

  @Column({ type: 'enum', enum: EntryStatus, enumName: 'entry_status' })
  status: EntryStatus;

  @Column({ type: 'enum', enum: EntryReason, enumName: 'entry_reason' })
  reason: EntryReason;

  @Column({ type: 'date' })
  reportedOn: string;

  @Column({ type: 'uuid', nullable: true })
  reportedBySchoolId: string | null;

  @Column({ type: 'uuid', nullable: true })
  reportedById: string | null;

  /** The team or list it came from (imports name the old spreadsheet's team). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  source: string | null;

  @EncryptedColumn('register_entries.summary', { nullable: true })
  summary: string | null;

  @Column({ type: 'uuid', nullable: true })
  assignedOfficerId: string | null;

  // CME
  @Column({ type: 'boolean' })
  believedAbroad: boolean;

  @Column({ type: 'enum', enum: WhereaboutsKind, enumName: 'whereabouts_kind', nullable: true })
  whereaboutsKind: WhereaboutsKind | null;

  @Column({ type: 'uuid', nullable: true })
  whereaboutsSchoolId: string | null;

  @Column({ type: 'varchar', length: 3, nullable: true })
  whereaboutsLocalAuthorityCode: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  whereaboutsCountry: string | null;

  @EncryptedColumn('register_entries.whereabouts_evidence', { nullable: true })
  whereaboutsEvidence: string | null;

  @Column({ type: 'date', nullable: true })
  locatedOn: string | null;

  /** School days from report to located, counted when located (the dashboard's median). */
  @Column({ type: 'integer', nullable: true })
  schoolDaysToLocate: number | null;

  // Closure
  @Column({ type: 'date', nullable: true })
  closedOn: string | null;

  @EncryptedColumn('register_entries.closure_reason', { nullable: true })
  closureReason: string | null;

  @Column({ type: 'boolean' })
  closedWithoutWhereabouts: boolean;

  @Column({ type: 'uuid', nullable: true })
  closureProposedById: string | null;

  @Column({ type: 'uuid', nullable: true })
  signedOffById: string | null;

  @EncryptedColumn('register_entries.sign_off_reason', { nullable: true })
  signOffReason: string | null;

  // EHE
  @Column({ type: 'date', nullable: true })
  noticeReceivedOn: string | null;

  @Column({ type: 'date', nullable: true })
  lastSeenOn: string | null;

  @Column({ type: 'enum', enum: EducationSuitability, enumName: 'education_suitability', nullable: true })
  educationSuitability: EducationSuitability | null;

  // EXCLUDED
  @Column({ type: 'uuid', nullable: true })
  excludingSchoolId: string | null;

  @Column({ type: 'date', nullable: true })
  exclusionStartsOn: string | null;

  @Column({ type: 'date', nullable: true })
  exclusionEndsOn: string | null;

  @Column({ type: 'date', nullable: true })
  safetyCheckOn: string | null;

  @Column({ type: 'date', nullable: true })
  provisionFrom: string | null;

  @EncryptedColumn('register_entries.provision_description', { nullable: true })
  provisionDescription: string | null;

  // EHCP
  @Column({ type: 'numeric', precision: 4, scale: 1, nullable: true })
  hoursPerWeek: string | null;

  @Column({ type: 'date', nullable: true })
  fullTimeStoppedOn: string | null;

  @Column({ type: 'date', nullable: true })
  lastVisitOn: string | null;

  // Import idempotence: the same row of the same team's file maps to the same entry.
  @Column({ type: 'varchar', length: 200, nullable: true })
  importSource: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  importRef: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
