import { FuzzReply } from './fuzz-client';
import { Snapshot, WriteLedger } from './write-ledger';

/** Codes a client is told about and can act on; anything else (INTERNAL_SERVER_ERROR) is a bug. */
export const CLIENT_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'UNAUTHENTICATED', 'TOO_MANY_REQUESTS']);

// What a client must never read: SQL, driver or runtime internals.
const LEAKS = /QueryFailedError|violates .* constraint|syntax error at|relation "|column "|\bat .+\.(ts|js):\d+|TypeError|Cannot read propert/;

/** Tables a refused call may grow: the audit trail records refusals, outside the rolled-back work. */
const REFUSAL_TABLES = new Set(['audit_events']);

/** Longer text than any field but a file's needs; accepting it unchecked invites abuse of storage. */
export const LONGEST_ACCEPTED_TEXT = 20_000;

function longestText(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (!value || typeof value !== 'object') return 0;
  return Math.max(0, ...Object.values(value).map(longestText));
}

export interface Outcome {
  /** 'ok', an error code, or `HTTP <status>` for an answer that was not GraphQL. */
  label: string;
  problems: string[];
}

/**
 * Judges one call: a clear client code or a success, never a 500; a refusal leaves no row but
 * its audit line; a success leaves its SUCCESS audit line (unless it may change nothing, and
 * changed no row); no audit line says FAILED; no success took text past any sensible length.
 */
export function judge(
  reply: FuzzReply,
  variables: unknown,
  before: Snapshot,
  after: Snapshot,
  allowance: { mayChangeNothing: boolean; takesFiles: boolean; recordTable?: string },
): Outcome {
  const { audit } = after;
  const problems: string[] = [];
  if (reply.status >= 500) problems.push(`HTTP ${reply.status}`);
  const errors = reply.errors ?? [];
  for (const error of errors) {
    const code = error.extensions?.code ?? 'NO_CODE';
    if (!CLIENT_CODES.has(code)) problems.push(`${code}: ${error.message}`);
    if (LEAKS.test(error.message)) problems.push(`message leaks internals: ${error.message.slice(0, 200)}`);
  }
  const failedAudit = audit.filter((line) => line.outcome === 'FAILED');
  if (failedAudit.length) problems.push(`audit says FAILED: ${failedAudit.map((line) => line.action).join(', ')}`);

  const changed = WriteLedger.changed(before, after);
  const succeeded = reply.json && errors.length === 0;
  if (!succeeded) {
    const stray = Object.keys(changed).filter((table) => !REFUSAL_TABLES.has(table));
    if (stray.length) problems.push(`refused call changed ${JSON.stringify(Object.fromEntries(stray.map((t) => [t, changed[t]])))}`);
    const successes = audit.filter((line) => line.outcome === 'SUCCESS');
    if (successes.length) problems.push(`refused call audited as SUCCESS: ${successes.map((line) => line.action).join(', ')}`);
  } else {
    const recorded =
      audit.some((line) => line.outcome === 'SUCCESS') ||
      (allowance.recordTable !== undefined && (changed[allowance.recordTable] ?? 0) > 0) ||
      (allowance.mayChangeNothing && Object.keys(changed).length === 0);
    if (!recorded) {
      problems.push(`success without a SUCCESS audit line (tables changed: ${JSON.stringify(changed)})`);
    }
    const longest = longestText(variables);
    if (longest > LONGEST_ACCEPTED_TEXT && !allowance.takesFiles) problems.push(`accepted ${longest} characters of text`);
  }
  const label = !reply.json ? `HTTP ${reply.status}` : succeeded ? 'ok' : (errors[0]?.extensions?.code ?? 'NO_CODE');
  return { label, problems };
}
