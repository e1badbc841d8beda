import type { RegisterRulesQuery } from '../graphql/generated/graphql';

export type RuleKey = Exclude<keyof RegisterRulesQuery['registerRules'], '__typename'>;

/**
 * Each register rule in words, with the bounds the api allows (libs/register register-rules.ts
 * REGISTER_RULE_BOUNDS; the api checks them again), so a typo is caught as it is typed.
 */
export const RULES: ReadonlyArray<{ key: RuleKey; label: string; unit: string; min: number; max: number }> = [
  { key: 'cmeAbsenceSchoolDays', label: 'Unexplained absence before a school reports a child missing education', unit: 'school days', min: 1, max: 20 },
  { key: 'cmeFirstEnquirySchoolDays', label: 'From a report of a child missing education to the first enquiry', unit: 'school days', min: 1, max: 20 },
  { key: 'cmeLocateSchoolDays', label: 'From a report of a child missing education to locating the child', unit: 'school days', min: 5, max: 60 },
  { key: 'closureSignOffSchoolDays', label: 'For a manager to sign off a closure without whereabouts', unit: 'school days', min: 1, max: 20 },
  { key: 'eheFirstContactSchoolDays', label: 'From a home-education notice to first contact', unit: 'school days', min: 1, max: 40 },
  { key: 'eheNotSeenMonths', label: 'A home-educated child not seen is flagged after', unit: 'months', min: 1, max: 24 },
  { key: 'exclusionSafetyCheckSchoolDays', label: 'From an exclusion’s first day to a safety check', unit: 'school days', min: 1, max: 10 },
  { key: 'exclusionProvisionFromSchoolDay', label: 'School day of an exclusion from which provision must be in place', unit: 'school day', min: 1, max: 6 },
  { key: 'ehcpVisitSchoolDays', label: 'Between visits to a child with an EHC plan out of full-time education', unit: 'school days', min: 5, max: 60 },
  { key: 'escalationGraceSchoolDays', label: 'An overdue item waits with the officer before managers are told', unit: 'school days', min: 0, max: 10 },
];

/** The message for a typed value, or null when it may be sent. */
export function ruleError(rule: { label: string; min: number; max: number }, typed: string): string | null {
  const value = typed.trim();
  if (!/^\d+$/.test(value)) return `Enter a whole number from ${rule.min} to ${rule.max}`;
  const n = Number(value);
  if (n < rule.min || n > rule.max) return `Enter a whole number from ${rule.min} to ${rule.max}`;
  return null;
}

/** The rules whose typed value differs from the one in force. */
export function changedRules(current: Record<RuleKey, number>, typed: Record<RuleKey, string>): RuleKey[] {
  return RULES.map((r) => r.key).filter((k) => typed[k].trim() !== String(current[k]));
}

/** The api names a rule by its key in its messages; the page says it in words. */
export function ruleWords(message: string): string {
  return RULES.reduce((text, r) => text.replace(new RegExp(`\\b${r.key}\\b`, 'g'), `“${r.label}”`), message);
}

/** The manager's local authority: the first where they hold the role. */
export function managerAuthority(me: { memberships: Array<{ role: string; localAuthority?: { id: string; name: string } | null }> }) {
  return me.memberships.find((m) => m.role === 'LA_MANAGER' && m.localAuthority)?.localAuthority ?? null;
}
