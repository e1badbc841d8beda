import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Actor } from '@safeguard/policy';
import { AuditEvent, AuditOutcome } from './audit-event.entity';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  localAuthorityId?: string | null;
  outcome?: AuditOutcome;
  details?: Record<string, unknown>;
  /** Which of the actor's memberships acted; defaults to the first. */
  membershipId?: string | null;
}

/** Writes the audit trail. Pass the transaction's manager so an event commits or rolls back with its change. */
@Injectable()
export class AuditService {
  private readonly logger = new Logger(AuditService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(manager: EntityManager | null, actor: Actor, entry: AuditEntry): Promise<void> {
    await this.recordMany(manager, actor, [entry]);
  }

  /** Several events in one statement (e.g. one per child shown on a page), chained in order. */
  async recordMany(manager: EntityManager | null, actor: Actor, entries: AuditEntry[]): Promise<void> {
    for (let i = 0; i < entries.length; i += 500) {
      await (manager ?? this.dataSource.manager)
        .createQueryBuilder()
        .insert()
        .into(AuditEvent)
        .values(entries.slice(i, i + 500).map((entry) => this.row(actor, entry)))
        .updateEntity(false)
        .execute();
    }
  }

  private row(actor: Actor, entry: AuditEntry): QueryDeepPartialEntity<AuditEvent> {
    return {
      actorUserId: actor.userId,
      actorMembershipId: entry.membershipId ?? actor.membershipFor(),
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      localAuthorityId: entry.localAuthorityId ?? null,
      requestId: actor.requestId,
      outcome: entry.outcome ?? AuditOutcome.SUCCESS,
      details: entry.details ?? {},
    } as QueryDeepPartialEntity<AuditEvent>;
  }

  /** For refusals recorded outside the failed transaction; never lets an audit failure hide the original error. */
  async recordDetached(actor: Actor, entry: AuditEntry): Promise<void> {
    try {
      await this.record(null, actor, entry);
    } catch (error) {
      this.logger.error(`Could not audit ${entry.action}: ${String(error)}`);
    }
  }
}
