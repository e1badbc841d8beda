import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { ConcernDeadlineKind } from '../concern.enums';
import { ConcernDeadline } from './concern-deadline.entity';

/** Setting and meeting front-door deadlines, always in the caller's transaction. */
@Injectable()
export class ConcernDeadlinesService {
  async set(
    manager: EntityManager,
    deadline: { concernId: string; localAuthorityId: string; kind: ConcernDeadlineKind; dueAt: Date; decisionId?: string | null },
  ): Promise<void> {
    await manager.insert(ConcernDeadline, { ...deadline, decisionId: deadline.decisionId ?? null });
  }

  /** Marks the concern's open deadlines of a kind met at `at`. */
  async meet(manager: EntityManager, concernId: string, kind: ConcernDeadlineKind, at: Date): Promise<void> {
    await manager.update(ConcernDeadline, { concernId, kind, metAt: IsNull(), cancelledAt: IsNull() }, { metAt: at });
  }
}
