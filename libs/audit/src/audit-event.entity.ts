import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum AuditOutcome {
  SUCCESS = 'SUCCESS',
  /** Refused by policy: not signed in or not allowed. */
  DENIED = 'DENIED',
  /** Refused by a rule of the domain or bad input. */
  REFUSED = 'REFUSED',
  /** Failed on our side. */
  FAILED = 'FAILED',
}

/**
 * One line of the append-only audit trail. The database assigns id, time and the hash chain
 * in a trigger, and refuses UPDATE, DELETE and TRUNCATE (see the migration that creates it).
 */
@Entity('audit_events')
@Index('audit_events_area_idx', ['localAuthorityId', 'id'])
@Index('audit_events_entity_idx', ['entityType', 'entityId'])
@Index('audit_events_actor_idx', ['actorUserId', 'id'])
export class AuditEvent {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  occurredAt: Date;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorMembershipId: string | null;

  @Column({ type: 'varchar', length: 100 })
  action: string;

  @Column({ type: 'varchar', length: 60 })
  entityType: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  entityId: string | null;

  /** The area whose managers and HMI may read this event; null for platform events. */
  @Column({ type: 'uuid', nullable: true })
  localAuthorityId: string | null;

  @Column({ type: 'varchar', length: 100 })
  requestId: string;

  @Column({ type: 'enum', enum: AuditOutcome, enumName: 'audit_outcome' })
  outcome: AuditOutcome;

  @Column({ type: 'jsonb' })
  details: Record<string, unknown>;

  @Column({ type: 'char', length: 64, default: '' })
  prevHash: string;

  @Column({ type: 'char', length: 64, default: '' })
  hash: string;
}
