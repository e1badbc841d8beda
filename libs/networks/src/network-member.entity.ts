import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { User } from '@safeguard/accounts';
import { NetworkMemberStatus, NetworkRole } from './network.enums';
import { Network } from './network.entity';

/**
 * One person's standing with one network: invited, asking, in, or gone. The row is kept when
 * they leave or are removed, so the network's history stays readable and a return is one row.
 */
@Entity('network_members')
@Index('network_members_user_idx', ['userId', 'status'])
export class NetworkMember {
  @PrimaryColumn({ type: 'uuid' })
  networkId: string;

  @ManyToOne(() => Network, { onDelete: 'CASCADE' })
  network?: Network;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: User;

  @Column({ type: 'enum', enum: NetworkRole, enumName: 'network_role', default: NetworkRole.MEMBER })
  role: NetworkRole;

  @Column({ type: 'enum', enum: NetworkMemberStatus, enumName: 'network_member_status' })
  status: NetworkMemberStatus;

  /** The moderator (or manager) who invited them, if they were invited. */
  @Column({ type: 'uuid', nullable: true })
  invitedById: string | null;

  /** Who last settled their standing: the invitee answering, the moderator deciding or removing, the member leaving. */
  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
