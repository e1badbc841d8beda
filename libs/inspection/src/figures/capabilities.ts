import { EntityManager } from 'typeorm';
import { CommonException } from '@safeguard/platform';
import { ReportSection } from './report-figures';

type SectionKey = ReportSection['key'];

/** What each section reads, by capability and its tables: a section whose tables are missing says so rather than showing zeros. */
export const CAPABILITIES: Readonly<Record<SectionKey, { name: string; tables: readonly string[] }>> = {
  cme: { name: 'The register of children missing education', tables: ['register_entries', 'register_deadlines', 'register_enquiries', 'children', 'school_holidays'] },
  ehe: { name: 'The register of electively home-educated children', tables: ['register_entries', 'register_deadlines', 'register_visits', 'children'] },
  notFullTime: {
    name: 'The register of excluded children and children with an EHC plan without full-time education',
    tables: ['register_entries', 'register_deadlines', 'register_visits', 'school_holidays'],
  },
  concerns: { name: 'Safeguarding concerns and the front door', tables: ['concerns', 'concern_decisions'] },
  governance: {
    name: 'Governance suitability checks',
    tables: ['governance_appointments', 'governance_checks', 'governance_people', 'governance_completion_snapshots'],
  },
  prevent: {
    name: 'The Prevent duty record and termly safeguarding returns',
    tables: ['prevent_risk_assessments', 'prevent_training_records', 'safeguarding_returns', 'memberships'],
  },
  pressure: { name: 'Reports of intimidation and pressure', tables: ['pressure_reports', 'pressure_campaigns'] },
};

export interface AuthorityCapabilities {
  localAuthorityName: string;
  /** Per section, the tables it reads that this database does not have. */
  missing: Record<SectionKey, string[]>;
}

/** The authority's name and which capabilities this database has, in one round trip. */
export async function readCapabilities(manager: EntityManager, localAuthorityId: string): Promise<AuthorityCapabilities> {
  const tables = [...new Set(Object.values(CAPABILITIES).flatMap((c) => c.tables))];
  const [row] = (await manager.query(
    `SELECT la.name, coalesce((SELECT array_agg(t) FROM unnest($2::text[]) t WHERE to_regclass(t) IS NULL), '{}') AS missing
       FROM local_authorities la WHERE la.id = $1`,
    [localAuthorityId, tables],
  )) as Array<{ name: string; missing: string[] }>;
  if (!row) throw CommonException.notFound('The local authority');
  const absent = new Set(row.missing);
  const missing = Object.fromEntries(
    Object.entries(CAPABILITIES).map(([key, c]) => [key, c.tables.filter((t) => absent.has(t))]),
  ) as Record<SectionKey, string[]>;
  return { localAuthorityName: row.name, missing };
}

export function unavailableSection(heading: { key: SectionKey; number: number; title: string }, missing: readonly string[]): ReportSection {
  return {
    ...heading,
    available: false,
    unavailableReason: `${CAPABILITIES[heading.key].name} is not available yet (no ${missing.join(', ')} in the database), so this section has no figures.`,
    measures: [],
    breakdowns: [],
  };
}
