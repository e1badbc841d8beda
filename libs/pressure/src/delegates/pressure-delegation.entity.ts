import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { School } from '@safeguard/organisations';

/**
 * A headteacher's naming of a DSL or governance clerk to report intimidation and pressure for
 * the school and read its reports. Removal stamps the row; the history stays.
 */
@Entity('pressure_delegations')
@Index('pressure_delegations_active_key', ['schoolId', 'delegateId'], { unique: true, where: 'removed_at IS NULL' })
@Index('pressure_delegations_delegate_idx', ['delegateId'])
export class PressureDelegation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  schoolId: string;

  @ManyToOne(() => School, { onDelete: 'RESTRICT' })
  school?: School;

  @Column({ type: 'uuid' })
  localAuthorityId: string;

  @Column({ type: 'uuid' })
  delegateId: string;

  @Column({ type: 'uuid' })
  namedById: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  namedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  removedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  removedById: string | null;
}
