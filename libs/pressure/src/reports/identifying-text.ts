/** Words every school name shares, which identify no school on their own. */
const GENERIC = new Set([
  'the', 'of', 'and', 'school', 'schools', 'primary', 'secondary', 'infant', 'infants', 'junior', 'nursery', 'academy', 'free',
  'independent', 'special', 'college', 'high', 'grammar', 'community', 'catholic', 'church', 'england', 'c', 'e', 'ce', 'rc',
  'trust', 'unit', 'pupil', 'referral', 'all', 'through', 'st', 'saint',
]);

const normalise = (text: string) =>
  text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’']s\b/g, '').replace(/[’']/g, '').replace(/[^a-z0-9]+/g, ' ').trim();

const contains = (haystack: string, needle: string) => needle.length > 0 && ` ${haystack} `.includes(` ${needle} `);

/** What would identify a school or a person in text meant for others. */
export interface Identity {
  schoolName: string;
  urn: number;
  /** People's names as the portal shows them; anything in brackets is ignored. */
  people: string[];
}

/**
 * Whether `text` names the school (its full name, or its distinctive words such as "Alder Road"),
 * gives its URN, or names one of the people. A guard against slips, not against intent: the
 * reporter is told why and rewrites it.
 */
export function identifies(text: string, identity: Identity): boolean {
  const haystack = normalise(text);
  const distinctive = normalise(identity.schoolName).split(' ').filter((w) => !GENERIC.has(w)).join(' ');
  if (contains(haystack, normalise(identity.schoolName))) return true;
  if (distinctive.length >= 4 && contains(haystack, distinctive)) return true;
  if (contains(haystack, String(identity.urn))) return true;
  return identity.people
    .map((name) => normalise(name.replace(/\(.*?\)/g, '')))
    .some((name) => name.length >= 4 && contains(haystack, name));
}
