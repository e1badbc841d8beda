import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LocalAuthority } from '@safeguard/organisations';

/** How long a network's conversations are kept unless its authority sets otherwise (read by messaging). */
export const DEFAULT_RETENTION_MONTHS = 24;

/**
 * A group of schools' leaders, e.g. "East Birmingham secondary heads". It belongs to one local
 * authority, whose eligible people can find it and ask to join; people of other authorities join
 * by invitation.
 */
@Entity('networks')
@Index('networks_la_idx', ['localAuthorityId', 'name', 'id'])
// Names are unique per authority whatever their case: an expression index, created by hand in a migration.
@Index('networks_la_name_key', { synchronize: false })
@Check('networks_retention_positive', 'retention_months > 0')
export class Network {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** The authority it belongs to; its LA managers moderate it, its HMI reads it. */
  @Column({ type: 'uuid' })
  localAuthorityId: string;

  @ManyToOne(() => LocalAuthority, { onDelete: 'RESTRICT' })
  localAuthority?: LocalAuthority;

  /** Months the network's conversations are kept (the messaging retention policy reads it). */
  @Column({ type: 'integer', default: DEFAULT_RETENTION_MONTHS })
  retentionMonths: number;

  @Column({ type: 'uuid' })
  createdById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
