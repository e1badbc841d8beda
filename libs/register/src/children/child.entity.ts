import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { LocalAuthority, School } from '@safeguard/organisations';
import { SenStatus, Sex } from '../register.enums';

/** A parent or carer, as the family gave them. */
export interface Carer {
  name: string;
  relationship: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
}

/**
 * A child known to a local authority's register. A merged record keeps its row (and its
 * history) and points at the record it was merged into.
 */
@Entity('children')
@Index('children_la_name_idx', ['localAuthorityId', 'legalLastName', 'legalFirstName', 'id'])
@Index('children_dob_idx', ['localAuthorityId', 'dateOfBirth'])
@Index('children_upn_idx', ['upn'], { where: 'upn IS NOT NULL' })
@Index('children_postcode_idx', ['localAuthorityId', 'postcode'])
@Index('children_school_idx', ['schoolId'])
// Trigram index for fuzzy name search; created by hand in a migration (TypeORM cannot express it).
@Index('children_name_trgm_idx', { synchronize: false })
export class Child {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The authority whose register holds the child. */
  @Column({ type: 'uuid' })
  localAuthorityId: string;

  @ManyToOne(() => LocalAuthority, { onDelete: 'RESTRICT' })
  localAuthority?: LocalAuthority;

  @Column({ type: 'varchar', length: 100 })
  legalFirstName: string;

  @Column({ type: 'varchar', length: 100 })
  legalLastName: string;

  @Column({ type: 'text', array: true })
  otherNames: string[];

  @Column({ type: 'date' })
  dateOfBirth: string;

  @Column({ type: 'enum', enum: Sex, enumName: 'sex' })
  sex: Sex;

  @Column({ type: 'varchar', length: 13, nullable: true })
  upn: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  address: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  postcode: string | null;

  @Column({ type: 'jsonb' })
  carers: Carer[];

  /** The school the child is on the roll of, if any. */
  @Column({ type: 'uuid', nullable: true })
  schoolId: string | null;

  @ManyToOne(() => School, { onDelete: 'SET NULL' })
  school?: School | null;

  @Column({ type: 'enum', enum: SenStatus, enumName: 'sen_status' })
  senStatus: SenStatus;

  @Column({ type: 'boolean' })
  hasEhcPlan: boolean;

  @Column({ type: 'boolean' })
  childProtectionPlan: boolean;

  @Column({ type: 'boolean' })
  childInNeedPlan: boolean;

  @Column({ type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @ManyToOne(() => Child, { onDelete: 'RESTRICT' })
  mergedInto?: Child | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
