import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Someone who governs one or more schools: one person, however many appointments, so the same
 * trustee of three academies is seen once.
 */
@Entity('governance_people')
@Index('governance_people_identity_idx', ['fullNameKey', 'dateOfBirth'])
export class GovernancePerson {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  fullName: string;

  /** Lower-cased, single-spaced name, to find the same person again. */
  @Column({ type: 'varchar', length: 200 })
  fullNameKey: string;

  @Column({ type: 'date', nullable: true })
  dateOfBirth: string | null;

  /** Lived or worked outside the UK (overseas checks then apply). */
  @Column({ type: 'boolean', default: false })
  livedOrWorkedAbroad: boolean;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
