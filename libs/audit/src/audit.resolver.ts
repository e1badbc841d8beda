import { Args, Query, Resolver } from '@nestjs/graphql';
import { Actor, Authorize, CurrentActor, Permission } from '@safeguard/policy';
import { AuditEventConnection } from './audit-event.model';
import { AuditEventsArgs } from './audit-events.args';
import { AuditTrailService } from './audit-trail.service';

@Resolver()
export class AuditResolver {
  constructor(private readonly trail: AuditTrailService) {}

  @Query(() => AuditEventConnection, { description: 'Audit events the caller may read, newest first.' })
  @Authorize(Permission.ReadAuditTrail)
  auditEvents(@CurrentActor() actor: Actor, @Args() args: AuditEventsArgs) {
    return this.trail.list(actor, args);
  }
}
