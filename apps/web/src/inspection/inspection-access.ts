/**
 * Who the inspection pages are for, as the api's policy says (libs/inspection inspection.policy.ts);
 * the api still decides. The assigned HMI builds and writes the authority's termly reports; the
 * authority's LA managers read them and add the authority's response. Nobody else reads them here.
 */
export type InspectionRole = 'HMI' | 'LA_MANAGER';

interface Membership {
  role: string;
  localAuthority?: { id: string; name: string } | null;
}

export interface InspectionAccess {
  role: InspectionRole;
  authority: { id: string; name: string };
}

/** The HMI assignment first (an inspector who also manages reads as the inspector), else an LA manager's authority. */
export function inspectionAccessOf(memberships: readonly Membership[]): InspectionAccess | null {
  for (const role of ['HMI', 'LA_MANAGER'] as const) {
    const m = memberships.find((x) => x.role === role && x.localAuthority);
    if (m?.localAuthority) return { role, authority: { id: m.localAuthority.id, name: m.localAuthority.name } };
  }
  return null;
}

/** Elapsed time while a report builds, in words for the progress message. */
export function elapsedWords(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 1) return 'just started';
  return `${seconds} ${seconds === 1 ? 'second' : 'seconds'} so far`;
}
