import { Injectable } from '@nestjs/common';
import { Brackets, SelectQueryBuilder } from 'typeorm';
import { Actor, Role } from '@safeguard/policy';
import { AuditEvent } from './audit-event.entity';

/**
 * Who reads which audit events: LA managers and assigned HMI the events of their area;
 * administrators the platform events that belong to no area (sign-ins, accounts).
 */
@Injectable()
export class AuditPolicy {
  scopeReadable(actor: Actor, query: SelectQueryBuilder<AuditEvent>, alias: string): SelectQueryBuilder<AuditEvent> {
    const areas = actor.localAuthorityIds(Role.LA_MANAGER, Role.HMI);
    const platform = actor.hasRole(Role.ADMIN);
    return query.andWhere(
      new Brackets((where) => {
        where.where('false');
        if (areas.length) where.orWhere(`${alias}.localAuthorityId IN (:...auditAreas)`, { auditAreas: areas });
        if (platform) where.orWhere(`${alias}.localAuthorityId IS NULL`);
      }),
    );
  }
}
