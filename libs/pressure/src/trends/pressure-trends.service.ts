import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { LocalAuthority, SchoolTypeGroup } from '@safeguard/organisations';
import { CommonException, toCsv } from '@safeguard/platform';
import { Actor } from '@safeguard/policy';
import { CurriculumArea, PressureCategory } from '../pressure.enums';
import { PressurePolicy } from '../pressure.policy';
import { PressureTrendsFilter, PressureTrendsModel } from './pressure-trends.models';

interface Scope {
  localAuthorityId: string | null;
  consentedOnly: boolean;
  from: string | null;
  to: string | null;
}

/** The reports a scope counts, with only what the trends may show: never a school or a person. */
const COUNTED = `
  SELECT r.category::text AS category, r.curriculum_area::text AS curriculum_area, r.occurred_month AS month,
         s.type_group::text AS school_type_group, r.local_authority_id, r.harm_to_staff, r.harm_to_pupils, r.police_told,
         r.campaign_id IS NOT NULL AS in_campaign, r.status::text = 'RESOLVED' AS resolved
    FROM pressure_reports r JOIN schools s ON s.id = r.school_id
   WHERE ($1::uuid IS NULL OR r.local_authority_id = $1) AND (NOT $2::boolean OR r.share_anonymously)
     AND ($3::text IS NULL OR r.occurred_month >= $3) AND ($4::text IS NULL OR r.occurred_month <= $4)`;

const CSV_COLUMNS = [
  'month', 'local_authority_code', 'local_authority', 'category', 'curriculum_area', 'school_type_group', 'reports',
  'harm_to_staff', 'harm_to_pupils', 'police_told', 'in_campaign', 'resolved',
] as const;


const byCountThenKey = <T extends { count: number }>(key: (row: T) => string) => (a: T, b: T) => b.count - a.count || key(a).localeCompare(key(b));

/**
 * Trends of reports, naming no school. The council and HMI count every report of their
 * authority; schools count only reports their reporters chose to share, in every authority.
 */
@Injectable()
export class PressureTrendsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PressurePolicy,
  ) {}

  async trends(actor: Actor, filter: PressureTrendsFilter = {}): Promise<PressureTrendsModel> {
    const scope = await this.scopeOf(actor, filter);
    const rows: Array<{ dimension: string; key: string | null; n: number }> = await this.dataSource.query(
      `WITH counted AS (${COUNTED})
       SELECT 'category' AS dimension, category AS key, count(*)::int AS n FROM counted GROUP BY 2
       UNION ALL SELECT 'curriculumArea', curriculum_area, count(*)::int FROM counted GROUP BY 2
       UNION ALL SELECT 'month', month, count(*)::int FROM counted GROUP BY 2
       UNION ALL SELECT 'schoolTypeGroup', school_type_group, count(*)::int FROM counted GROUP BY 2
       UNION ALL SELECT 'area', local_authority_id::text, count(*)::int FROM counted GROUP BY 2`,
      this.params(scope),
    );
    const of = (dimension: string) => rows.filter((r) => r.dimension === dimension);
    const areas = await this.areas(of('area').map((r) => r.key!));
    return {
      ...scope,
      total: of('category').reduce((sum, r) => sum + r.n, 0),
      byCategory: of('category').map((r) => ({ category: r.key as PressureCategory, count: r.n })).sort(byCountThenKey((r) => r.category)),
      byCurriculumArea: of('curriculumArea')
        .map((r) => ({ curriculumArea: r.key as CurriculumArea | null, count: r.n }))
        .sort(byCountThenKey((r) => r.curriculumArea ?? '~')),
      byMonth: of('month').map((r) => ({ month: r.key!, count: r.n })).sort((a, b) => a.month.localeCompare(b.month)),
      bySchoolTypeGroup: of('schoolTypeGroup').map((r) => ({ schoolTypeGroup: r.key as SchoolTypeGroup, count: r.n })).sort(byCountThenKey((r) => r.schoolTypeGroup)),
      byArea: of('area')
        .map((r) => ({ localAuthorityId: r.key!, code: areas.get(r.key!)?.code ?? '', name: areas.get(r.key!)?.name ?? '', count: r.n }))
        .sort(byCountThenKey((r) => r.code)),
    };
  }

  /** One row per month, authority, category, curriculum area and kind of school, for the council and HMI only. */
  async csv(actor: Actor, filter: PressureTrendsFilter = {}): Promise<string> {
    const scope = await this.scopeOf(actor, filter);
    if (scope.consentedOnly) throw CommonException.forbidden('Only the local authority’s team and its HMI export its trends');
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `WITH counted AS (${COUNTED})
       SELECT c.month, la.code AS local_authority_code, la.name AS local_authority, c.category, c.curriculum_area, c.school_type_group,
              count(*)::int AS reports, count(*) FILTER (WHERE c.harm_to_staff)::int AS harm_to_staff,
              count(*) FILTER (WHERE c.harm_to_pupils)::int AS harm_to_pupils, count(*) FILTER (WHERE c.police_told)::int AS police_told,
              count(*) FILTER (WHERE c.in_campaign)::int AS in_campaign, count(*) FILTER (WHERE c.resolved)::int AS resolved
         FROM counted c JOIN local_authorities la ON la.id = c.local_authority_id
        GROUP BY 1, 2, 3, 4, 5, 6
        ORDER BY 1, 2, 4, 5 NULLS FIRST, 6`,
      this.params(scope),
    );
    return toCsv([CSV_COLUMNS, ...rows.map((r) => CSV_COLUMNS.map((c) => r[c]))]);
  }

  private async scopeOf(actor: Actor, filter: PressureTrendsFilter): Promise<Scope> {
    if (filter.from && filter.to && filter.from > filter.to) throw CommonException.invalidInput('filter.to', 'to must not be before from');
    const access = await this.policy.access(this.dataSource.manager, actor);
    const period = { from: filter.from ?? null, to: filter.to ?? null };
    if (access.areas.length) return { localAuthorityId: this.policy.defaultArea(access, filter.localAuthorityId), consentedOnly: false, ...period };
    return { localAuthorityId: filter.localAuthorityId ?? null, consentedOnly: true, ...period };
  }

  private params(scope: Scope): unknown[] {
    return [scope.localAuthorityId, scope.consentedOnly, scope.from, scope.to];
  }

  private async areas(ids: string[]): Promise<Map<string, LocalAuthority>> {
    if (!ids.length) return new Map();
    const rows = await this.dataSource.getRepository(LocalAuthority).createQueryBuilder('la').where('la.id IN (:...ids)', { ids }).getMany();
    return new Map(rows.map((la) => [la.id, la]));
  }
}
