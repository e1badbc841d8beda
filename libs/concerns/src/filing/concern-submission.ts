import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { londonToday } from '@safeguard/calendar';
import { NotificationsService, PORTAL_LINKS } from '@safeguard/notifications';
import { Actor } from '@safeguard/policy';
import { authorityTeamRoom, publishOnCommit } from '@safeguard/realtime';
import { AuthorityTeam, ChronologyService } from '@safeguard/register';
import { CATEGORY_LABELS, ConcernDeadlineKind, ConcernStatus } from '../concern.enums';
import { decisionDueAt } from '../concern-rules';
import { ConcernDeadlinesService } from '../deadlines/concern-deadlines.service';
import { Concern } from './concern.entity';
import { concernReference } from './concern-reference';

/**
 * Puts a complete concern through the front door: its deadline, the child's chronology, the
 * audit trail, the team's live queue and, for an immediate risk, every officer and manager at
 * once (on screen and by e-mail). All in the caller's transaction; nothing leaves before commit.
 */
@Injectable()
export class ConcernSubmission {
  constructor(
    private readonly deadlines: ConcernDeadlinesService,
    private readonly chronology: ChronologyService,
    private readonly notifications: NotificationsService,
    private readonly team: AuthorityTeam,
    private readonly audit: AuditService,
  ) {}

  async submit(manager: EntityManager, actor: Actor, concern: Concern, at: Date): Promise<Concern> {
    concern.status = ConcernStatus.AWAITING_DECISION;
    concern.submittedAt = at;
    concern.decisionDueAt = decisionDueAt(at);
    concern.draftChild = null;
    await manager.save(concern);
    await this.deadlines.set(manager, {
      concernId: concern.id,
      localAuthorityId: concern.localAuthorityId,
      kind: ConcernDeadlineKind.DECISION,
      dueAt: concern.decisionDueAt,
    });
    const reference = concernReference(concern.seq);
    await this.chronology.write(manager, actor, {
      childId: concern.childId!,
      kind: 'concern.submitted',
      summary: `Safeguarding concern ${reference} raised by the school (${concern.categories.map((c) => CATEGORY_LABELS[c]).join(', ')})${concern.immediateRisk ? ', child at immediate risk' : ''}`,
      occurredOn: londonToday(at),
      restrictedToSchoolId: concern.schoolId,
    });
    await this.audit.record(manager, actor, {
      action: 'concerns.submit',
      entityType: 'Concern',
      entityId: concern.id,
      localAuthorityId: concern.localAuthorityId,
      details: { reference, immediateRisk: concern.immediateRisk, categories: concern.categories, childId: concern.childId },
    });
    // The queue event names no child: screens fetch the details through the API, which checks who asks.
    await publishOnCommit(manager, {
      room: authorityTeamRoom(concern.localAuthorityId),
      event: 'concern.submitted',
      payload: { concernId: concern.id, reference, immediateRisk: concern.immediateRisk, decisionDueAt: concern.decisionDueAt.toISOString() },
    });
    if (concern.immediateRisk) {
      for (const recipientId of await this.team.workers(manager, concern.localAuthorityId)) {
        await this.notifications.notify(manager, {
          recipientId,
          kind: 'concern.immediate_risk',
          title: `Immediate risk: safeguarding concern ${reference} needs a decision now`,
          link: PORTAL_LINKS.concern(concern.id),
        });
      }
    }
    return concern;
  }
}
