import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { SchoolTypeGroup } from '@safeguard/organisations';

/** An authority's completion by type of school, kept per term (the last reading of the term stands) for the trend. */
@Entity('governance_completion_snapshots')
export class CompletionSnapshot {
  @PrimaryColumn({ type: 'uuid' })
  localAuthorityId: string;

  /** The term's first day (its identity). */
  @PrimaryColumn({ type: 'date' })
  termStartsOn: string;

  @PrimaryColumn({ type: 'enum', enum: SchoolTypeGroup, enumName: 'school_type_group' })
  schoolTypeGroup: SchoolTypeGroup;

  @Column({ type: 'varchar', length: 40 })
  termLabel: string;

  @Column({ type: 'integer' })
  required: number;

  @Column({ type: 'integer' })
  done: number;

  @Column({ type: 'integer' })
  overdue: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  takenAt: Date;
}
