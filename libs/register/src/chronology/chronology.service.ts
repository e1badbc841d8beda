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
}

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
    });
  }

  /** Oldest first, as a chronology reads; the caller has already been allowed to read the child. */
  forChild(childId: string, args: ConnectionArgs): Promise<ConnectionShape<RegisterEvent>> {
    const query = this.events.createQueryBuilder('ev').where('ev.childId = :childId', { childId });
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
