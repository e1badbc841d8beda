import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { LocalAuthority } from './local-authority.entity';
import { SchoolTypeGroup } from './school-type-group';

/** A school as Get Information About Schools describes it, keyed by its URN. */
@Entity('schools')
@Index('schools_la_name_idx', ['localAuthorityId', 'name', 'id'])
@Index('schools_name_idx', ['name', 'id'])
export class School {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'integer', unique: true })
  urn: number;

  @Column({ type: 'varchar', length: 300 })
  name: string;

  @Column({ type: 'uuid' })
  localAuthorityId: string;

  @ManyToOne(() => LocalAuthority, { onDelete: 'RESTRICT' })
  localAuthority?: LocalAuthority;

  @Column({ type: 'varchar', length: 200 })
  establishmentType: string;

  @Column({ type: 'enum', enum: SchoolTypeGroup, enumName: 'school_type_group' })
  typeGroup: SchoolTypeGroup;

  @Column({ type: 'varchar', length: 100, nullable: true })
  phase: string | null;

  @Column({ type: 'varchar', length: 100 })
  status: string;

  @Column({ type: 'varchar', length: 10, nullable: true })
  postcode: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
