import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ConnectionShape, paginate } from '@safeguard/platform';
import { Actor } from '@safeguard/policy';
import { AuditEvent } from './audit-event.entity';
import { AuditEventsArgs } from './audit-events.args';
import { AuditPolicy } from './audit.policy';

/** Reading the audit trail, within what the policy lets the actor see. */
@Injectable()
export class AuditTrailService {
  constructor(
    @InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>,
    private readonly policy: AuditPolicy,
  ) {}

  async list(actor: Actor, args: AuditEventsArgs): Promise<ConnectionShape<AuditEvent>> {
    const query = this.policy.scopeReadable(actor, this.events.createQueryBuilder('event'), 'event');
    const f = args.filter;
    if (f?.action) query.andWhere('event.action = :action', { action: f.action });
    if (f?.entityType) query.andWhere('event.entityType = :entityType', { entityType: f.entityType });
    if (f?.entityId) query.andWhere('event.entityId = :entityId', { entityId: f.entityId });
    if (f?.actorUserId) query.andWhere('event.actorUserId = :actorUserId', { actorUserId: f.actorUserId });
    if (f?.outcome) query.andWhere('event.outcome = :outcome', { outcome: f.outcome });
    if (f?.from) query.andWhere('event.occurredAt >= :from', { from: f.from });
    if (f?.to) query.andWhere('event.occurredAt < :to', { to: f.to });
    return paginate(query, { columns: ['event.id'], keyOf: (e) => [e.id], direction: 'DESC' }, args);
  }
}
