import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { GoverningRole, GovernorCategory } from '../governance.enums';
import { GovernancePerson } from './governance-person.entity';

/** One person's place on one school's governance: governor, member, trustee, local governor or proprietor. */
@Entity('governance_appointments')
@Index('governance_appointments_school_idx', ['schoolId', 'endedOn'])
@Index('governance_appointments_la_idx', ['localAuthorityId'])
@Index('governance_appointments_person_idx', ['personId'])
export class Appointment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => GovernancePerson, { onDelete: 'RESTRICT' })
  person?: GovernancePerson;

  @Column({ type: 'uuid' })
  schoolId: string;

  @Column({ type: 'uuid' })
  localAuthorityId: string;

  @Column({ type: 'enum', enum: GoverningRole, enumName: 'governing_role' })
  role: GoverningRole;

  @Column({ type: 'enum', enum: GovernorCategory, enumName: 'governor_category', nullable: true })
  governorCategory: GovernorCategory | null;

  /** For academy members and trustees: the trust, recorded alongside the academy. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  trustName: string | null;

  /** Chair of their body (governing board, trust board, local governing body, proprietor body). */
  @Column({ type: 'boolean', default: false })
  isChair: boolean;

  @Column({ type: 'boolean', default: false })
  inRegulatedActivity: boolean;

  @Column({ type: 'date' })
  appointedOn: string;

  @Column({ type: 'date', nullable: true })
  termEndsOn: string | null;

  /** When they stopped governing; no checks are due after. */
  @Column({ type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ type: 'uuid', nullable: true })
  recordedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
