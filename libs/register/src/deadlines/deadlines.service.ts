import { Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull } from 'typeorm';
import { IsoDate, SchoolDayCalendar } from '@safeguard/calendar';
import { DeadlineKind } from '../register.enums';
import { RegisterRules } from '../register-rules';
import { RegisterDeadline } from './register-deadline.entity';

export interface DeadlineContext {
  calendar: SchoolDayCalendar;
  rules: RegisterRules;
}

/** Sets, meets and cancels the deadlines of register entries. */
@Injectable()
export class DeadlinesService {
  /** Opens a deadline; an open deadline of the same kind on the entry is replaced. */
  async set(
    manager: EntityManager,
    ctx: DeadlineContext,
    entry: { id: string; localAuthorityId: string },
    kind: DeadlineKind,
    dueOn: IsoDate,
  ): Promise<void> {
    await this.cancel(manager, entry.id, [kind], dueOn);
    await manager.insert(RegisterDeadline, {
      entryId: entry.id,
      localAuthorityId: entry.localAuthorityId,
      kind,
      dueOn,
      escalateOn: ctx.calendar.addSchoolDays(dueOn, ctx.rules.escalationGraceSchoolDays),
    });
  }

  /** Marks open deadlines of these kinds met on the given day. */
  async meet(manager: EntityManager, entryId: string, kinds: DeadlineKind[], on: IsoDate): Promise<void> {
    await manager.update(RegisterDeadline, { entryId, kind: In(kinds), metOn: IsNull(), cancelledOn: IsNull() }, { metOn: on });
  }

  /** Cancels open deadlines (all kinds when none given), e.g. when the entry closes. */
  async cancel(manager: EntityManager, entryId: string, kinds: DeadlineKind[] | null, on: IsoDate): Promise<void> {
    await manager.update(
      RegisterDeadline,
      { entryId, metOn: IsNull(), cancelledOn: IsNull(), ...(kinds ? { kind: In(kinds) } : {}) },
      { cancelledOn: on },
    );
  }
}
