import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * Reports from several schools of one authority that the council sees as one campaign: the same
 * group, the same online post. Each linked school sees the campaign and how many schools it
 * affects, never which.
 */
@Entity('pressure_campaigns')
@Index('pressure_campaigns_la_idx', ['localAuthorityId', 'createdAt', 'id'])
export class PressureCampaign {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  localAuthorityId: string;

  /** Shown to every linked school. */
  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** Shown to every linked school. */
  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'uuid' })
  createdById: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
