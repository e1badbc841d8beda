import { Column, CreateDateColumn, Entity, Generated, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { SchoolTypeGroup } from '@safeguard/organisations';
import { Phase, PracticeKind, PracticeVisibility } from '../practice.enums';

/**
 * A piece of Prevent practice a school shares, or the council's guidance. An anonymous entry hides
 * its author and school from other schools; the author's council still sees both.
 */
@Entity('practice_entries')
@Index('practice_entries_la_idx', ['localAuthorityId', 'seq'])
@Index('practice_entries_network_idx', ['networkId'])
// Full-text search: a GIN index over practice_document(...), made by a hand-written migration.
@Index('practice_entries_search_idx', { synchronize: false })
export class PracticeEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Publication order, for "newest" and for cursors. */
  @Column({ type: 'bigint', unique: true })
  @Generated('increment')
  seq: string;

  @Column({ type: 'enum', enum: PracticeKind, enumName: 'practice_kind' })
  kind: PracticeKind;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 1000 })
  summary: string;

  /** Markdown subset, rendered safely on the way out. */
  @Column({ type: 'text' })
  body: string;

  /** Slugs: managed ones and free ones. */
  @Column({ type: 'text', array: true })
  tags: string[];

  @Column({ type: 'enum', enum: Phase, enumName: 'phase', array: true })
  phases: Phase[];

  @Column({ type: 'enum', enum: SchoolTypeGroup, enumName: 'school_type_group', array: true })
  schoolTypes: SchoolTypeGroup[];

  @Column({ type: 'enum', enum: PracticeVisibility, enumName: 'practice_visibility' })
  visibility: PracticeVisibility;

  /** For NETWORK visibility: the network it is shared with. */
  @Column({ type: 'uuid', nullable: true })
  networkId: string | null;

  @Column({ type: 'boolean', default: false })
  anonymous: boolean;

  @Column({ type: 'uuid' })
  authorId: string;

  /** The author's school; null for the council's guidance. */
  @Column({ type: 'uuid', nullable: true })
  authorSchoolId: string | null;

  @Column({ type: 'uuid' })
  localAuthorityId: string;

  @Column({ type: 'integer', default: 0 })
  endorsementCount: number;

  @Column({ type: 'timestamptz', nullable: true })
  featuredAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  featuredById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
