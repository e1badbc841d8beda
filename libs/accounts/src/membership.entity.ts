import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LocalAuthority, School } from '@safeguard/organisations';
import { Role } from '@safeguard/policy';
import { User } from './user.entity';

/**
 * A role held in one organisation: a school (HEADTEACHER, DSL, GOVERNANCE_CLERK), a local authority
 * (LA_OFFICER, LA_MANAGER, HMI for a period) or the platform (ADMIN).
 */
@Entity('memberships')
@Index('memberships_user_idx', ['userId'])
@Index('memberships_school_idx', ['schoolId'])
@Index('memberships_la_idx', ['localAuthorityId'])
// Compared as text: a role added to the enum can then appear here in the migration that adds it.
@Check('memberships_org_matches_role', `
  (role::text IN ('HEADTEACHER', 'DSL', 'GOVERNANCE_CLERK') AND school_id IS NOT NULL AND local_authority_id IS NULL)
  OR (role::text IN ('LA_OFFICER', 'LA_MANAGER', 'HMI') AND local_authority_id IS NOT NULL AND school_id IS NULL)
  OR (role::text IN ('ADMIN', 'OFSTED_READER') AND school_id IS NULL AND local_authority_id IS NULL)`)
@Check('memberships_period_order', `ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on`)
export class Membership {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, (u) => u.memberships, { onDelete: 'CASCADE' })
  user?: User;

  @Column({ type: 'enum', enum: Role, enumName: 'role' })
  role: Role;

  @Column({ type: 'uuid', nullable: true })
  schoolId: string | null;

  @ManyToOne(() => School, { onDelete: 'RESTRICT' })
  school?: School;

  @Column({ type: 'uuid', nullable: true })
  localAuthorityId: string | null;

  @ManyToOne(() => LocalAuthority, { onDelete: 'RESTRICT' })
  localAuthority?: LocalAuthority;

  /** An officer not yet qualified: their decisions wait for a manager's sign-off. */
  @Column({ type: 'boolean', default: false })
  unqualified: boolean;

  /** First day in force (HMI assignments); null means from creation. */
  @Column({ type: 'date', nullable: true })
  startsOn: string | null;

  /** Last day in force; null means open-ended. */
  @Column({ type: 'date', nullable: true })
  endsOn: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
