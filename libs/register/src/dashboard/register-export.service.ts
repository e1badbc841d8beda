import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { londonToday } from '@safeguard/calendar';
import { CommonException, toCsv } from '@safeguard/platform';
import { Actor } from '@safeguard/policy';
import { ChildReads } from '../children/child-reads';
import { hasOverdueDeadlineSql } from '../deadlines/overdue';
import { entrySchoolIdSql } from '../entries/entry-school';
import { RegisterPolicy } from '../register.policy';
import { RegisterDashboardFilter } from './dashboard.models';

/** Exports stop here; a larger register is exported by kind or school type. */
export const MAX_EXPORT_ROWS = 20_000;

const COLUMNS = [
  'entry_id', 'kind', 'status', 'reason', 'reported_on', 'source', 'legal_first_name', 'legal_last_name', 'date_of_birth',
  'upn', 'postcode', 'school_urn', 'school_type', 'overdue', 'located_on', 'whereabouts', 'closed_on',
  'closed_without_whereabouts', 'last_seen_on', 'last_visit_on', 'safety_check_on',
] as const;

/** The register as CSV for the authority's team and its HMI; every child in it counts as read. */
@Injectable()
export class RegisterExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: RegisterPolicy,
    private readonly reads: ChildReads,
  ) {}

  async csv(actor: Actor, filter: RegisterDashboardFilter = {}): Promise<string> {
    const la = this.policy.defaultArea(actor, filter.localAuthorityId);
    this.policy.assertCanReadArea(actor, la);
    const rows: Array<Record<(typeof COLUMNS)[number], unknown> & { child_id: string }> = await this.dataSource.query(
      `SELECT e.id AS entry_id, e.kind, e.status, e.reason, e.reported_on::text AS reported_on, e.source,
              c.id AS child_id, c.legal_first_name, c.legal_last_name, c.date_of_birth::text AS date_of_birth, c.upn, c.postcode,
              s.urn AS school_urn, s.type_group AS school_type,
              ${hasOverdueDeadlineSql('e', '$3')} AS overdue,
              e.located_on::text AS located_on, e.whereabouts_kind AS whereabouts, e.closed_on::text AS closed_on,
              e.closed_without_whereabouts, e.last_seen_on::text AS last_seen_on, e.last_visit_on::text AS last_visit_on,
              e.safety_check_on::text AS safety_check_on
         FROM register_entries e
         JOIN children c ON c.id = e.child_id
         LEFT JOIN schools s ON s.id = ${entrySchoolIdSql('e', 'c')}
        WHERE e.local_authority_id = $1 AND ($2::text IS NULL OR s.type_group::text = $2)
        ORDER BY e.reported_on DESC, e.id
        LIMIT ${MAX_EXPORT_ROWS + 1}`,
      [la, filter.schoolTypeGroup ?? null, londonToday()],
    );
    if (rows.length > MAX_EXPORT_ROWS) {
      throw CommonException.invalidInput('filter', `More than ${MAX_EXPORT_ROWS} entries: export by school type`);
    }
    await this.reads.record(actor, rows.map((r) => ({ id: r.child_id, localAuthorityId: la })), 'export');
    return toCsv([COLUMNS, ...rows.map((r) => COLUMNS.map((c) => r[c]))]);
  }
}
