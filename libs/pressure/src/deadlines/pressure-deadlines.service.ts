import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { PressureDeadlineKind } from '../pressure.enums';
import { PressureDeadline } from './pressure-deadline.entity';

/** Setting and meeting deadlines on reports, always in the caller's transaction. */
@Injectable()
export class PressureDeadlinesService {
  async set(manager: EntityManager, deadline: { reportId: string; localAuthorityId: string; kind: PressureDeadlineKind; dueAt: Date }): Promise<void> {
    await manager.insert(PressureDeadline, deadline);
  }

  /** Marks the report's open deadlines of a kind met at `at`. */
  async meet(manager: EntityManager, reportId: string, kind: PressureDeadlineKind, at: Date): Promise<void> {
    await manager.update(PressureDeadline, { reportId, kind, metAt: IsNull(), cancelledAt: IsNull() }, { metAt: at });
  }
}
