import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AssignmentReason } from '../inspection.enums';

/**
 * An HMI assigned to a local authority for a period. The HMI membership it creates carries the
 * same dates, so access starts and ends with the assignment, through the ordinary grant checks.
 */
@Entity('hmi_assignments')
@Index('hmi_assignments_la_idx', ['localAuthorityId', 'startsOn'])
export class HmiAssignment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'uuid' })
  localAuthorityId: string;

  @Column({ type: 'uuid' })
  membershipId: string;

  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date' })
  endsOn: string;

  @Column({ type: 'enum', enum: AssignmentReason, enumName: 'assignment_reason' })
  reason: AssignmentReason;

  @Column({ type: 'text', nullable: true })
  reasonNote: string | null;

  @Column({ type: 'uuid' })
  assignedById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
