import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { londonToday } from '@safeguard/calendar';
import { overdueDeadlineSql } from '../deadlines/overdue';
import { RegisterEntry } from '../entries/register-entry.entity';
import { EntryFlag } from '../register.models';
import { DeadlineKind, EntryStatus, RegisterKind } from '../register.enums';

interface FlagFacts {
  entry_id: string;
  overdue_kinds: DeadlineKind[] | null;
  late_safety_check: boolean;
  priority: boolean;
}

/** Why entries need attention, for many entries in two queries (DataLoader batches). */
@Injectable()
export class EntryFlagsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async flagsFor(entries: readonly RegisterEntry[]): Promise<EntryFlag[][]> {
    if (!entries.length) return [];
    const facts: FlagFacts[] = await this.dataSource.query(
      `SELECT e.id AS entry_id,
              array_agg(d.kind::text) FILTER (WHERE ${overdueDeadlineSql('d', '$2')}) AS overdue_kinds,
              bool_or(d.kind = 'EXCLUSION_SAFETY_CHECK' AND d.met_on > d.due_on) AS late_safety_check,
              bool_or(c.has_ehc_plan OR c.child_protection_plan OR c.child_in_need_plan) AS priority
         FROM register_entries e
         JOIN children c ON c.id = e.child_id
         LEFT JOIN register_deadlines d ON d.entry_id = e.id
        WHERE e.id = ANY($1::uuid[])
        GROUP BY e.id`,
      [entries.map((e) => e.id), londonToday()],
    );
    const byEntry = new Map(facts.map((f) => [f.entry_id, f]));
    return entries.map((entry) => flagsOf(entry, byEntry.get(entry.id)));
  }
}

function flagsOf(entry: RegisterEntry, facts: FlagFacts | undefined): EntryFlag[] {
  const overdue = new Set(facts?.overdue_kinds ?? []);
  const flags: EntryFlag[] = [];
  if (overdue.size) flags.push(EntryFlag.OVERDUE);
  if (entry.status === EntryStatus.CLOSED) return flags;
  switch (entry.kind) {
    case RegisterKind.EHE:
      if (!entry.lastSeenOn) flags.push(EntryFlag.NEVER_SEEN);
      if (overdue.has(DeadlineKind.EHE_SEE_CHILD)) flags.push(EntryFlag.NOT_SEEN_IN_PERIOD);
      if (facts?.priority) flags.push(EntryFlag.PRIORITY);
      break;
    case RegisterKind.EHCP:
      if (!entry.lastVisitOn) flags.push(EntryFlag.NEVER_VISITED);
      if (overdue.has(DeadlineKind.EHCP_VISIT)) flags.push(EntryFlag.VISIT_OVERDUE);
      break;
    case RegisterKind.EXCLUDED:
      if (overdue.has(DeadlineKind.EXCLUSION_SAFETY_CHECK) || facts?.late_safety_check) flags.push(EntryFlag.NO_SAFETY_CHECK_IN_TIME);
      break;
  }
  return flags;
}
