import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/**
 * The fields of an audit row as PostgreSQL renders them for hashing. The trigger in the migration
 * builds exactly this string; `npm run audit:verify` rebuilds it here to check the chain independently.
 */
export const CANONICAL_COLUMNS_SQL = `
  id::text AS id,
  to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS occurred_at,
  coalesce(actor_user_id::text, '') AS actor_user_id,
  coalesce(actor_membership_id::text, '') AS actor_membership_id,
  action, entity_type, coalesce(entity_id, '') AS entity_id,
  coalesce(local_authority_id::text, '') AS local_authority_id,
  request_id, outcome::text AS outcome, details::text AS details, prev_hash, hash`;

export interface CanonicalAuditRow {
  id: string;
  occurred_at: string;
  actor_user_id: string;
  actor_membership_id: string;
  action: string;
  entity_type: string;
  entity_id: string;
  local_authority_id: string;
  request_id: string;
  outcome: string;
  details: string;
  prev_hash: string;
  hash: string;
}

const SEPARATOR = '\u001f';

export function auditRowHash(row: CanonicalAuditRow): string {
  const canonical = [
    row.id,
    row.occurred_at,
    row.actor_user_id,
    row.actor_membership_id,
    row.action,
    row.entity_type,
    row.entity_id,
    row.local_authority_id,
    row.request_id,
    row.outcome,
    row.details,
    row.prev_hash,
  ].join(SEPARATOR);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

export type ChainProblem = { id: string; problem: 'hash-mismatch' | 'broken-link' };

/** Checks one row against its predecessor's hash; returns the problem, if any. */
export function checkAuditRow(row: CanonicalAuditRow, previousHash: string): ChainProblem | null {
  if (row.prev_hash !== previousHash) return { id: row.id, problem: 'broken-link' };
  if (auditRowHash(row) !== row.hash) return { id: row.id, problem: 'hash-mismatch' };
  return null;
}
