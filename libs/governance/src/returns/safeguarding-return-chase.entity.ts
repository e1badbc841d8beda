import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** That the council chased a school's missing return for a term, and how many people it told. */
@Entity('safeguarding_return_chases')
@Index('safeguarding_return_chases_school_term_idx', ['schoolId', 'termStartsOn', 'chasedAt'])
export class SafeguardingReturnChase {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  schoolId: string;

  @Column({ type: 'uuid' })
  localAuthorityId: string;

  @Column({ type: 'date' })
  termStartsOn: string;

  @Column({ type: 'uuid', nullable: true })
  chasedById: string | null;

  /** How many of the school's headteachers, DSLs and governance clerks were notified. */
  @Column({ type: 'integer' })
  recipients: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  chasedAt: Date;
}
