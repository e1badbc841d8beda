import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { londonToday } from '@safeguard/calendar';
import { ConnectionArgs, ConnectionShape, paginate } from '@safeguard/platform';
import { Actor } from '@safeguard/policy';
import { RegisterEvent } from './register-event.entity';

export interface NewRegisterEvent {
  childId: string;
  entryId?: string | null;
  kind: string;
  summary: string;
  occurredOn?: string;
  /** Only the authority's readers and this school see the event (a school's concern). */
  restrictedToSchoolId?: string | null;
}

/** Which restricted events a reader sees: all of them, or only those of the given schools. */
export type ChronologyAudience = { allRestricted: true } | { allRestricted: false; schoolIds: string[] };

/** Writes and reads each child's chronology. */
@Injectable()
export class ChronologyService {
  constructor(@InjectRepository(RegisterEvent) private readonly events: Repository<RegisterEvent>) {}

  async write(manager: EntityManager, actor: Actor, event: NewRegisterEvent): Promise<void> {
    await manager.insert(RegisterEvent, {
      childId: event.childId,
      originalChildId: event.childId,
      entryId: event.entryId ?? null,
      kind: event.kind,
      summary: event.summary,
      occurredOn: event.occurredOn ?? londonToday(),
      actorUserId: actor.userId,
      restrictedToSchoolId: event.restrictedToSchoolId ?? null,
    });
  }

  /** Oldest first, as a chronology reads; the caller has already been allowed to read the child. */
  forChild(childId: string, audience: ChronologyAudience, args: ConnectionArgs): Promise<ConnectionShape<RegisterEvent>> {
    const query = this.events.createQueryBuilder('ev').where('ev.childId = :childId', { childId });
    if (!audience.allRestricted) {
      query.andWhere(
        audience.schoolIds.length
          ? '(ev.restrictedToSchoolId IS NULL OR ev.restrictedToSchoolId IN (:...audienceSchools))'
          : 'ev.restrictedToSchoolId IS NULL',
        { audienceSchools: audience.schoolIds },
      );
    }
    return paginate(
      query,
      {
        columns: ['ev.occurredOn', 'ev.seq'],
        keyOf: (e) => [e.occurredOn, e.seq],
      },
      args,
    );
  }
}
