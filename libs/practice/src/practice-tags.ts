/**
 * The managed list of tags, so entries about the same thing are found together; authors may add
 * free tags too. Changing the list is one edit here.
 */
export const MANAGED_TAGS: ReadonlyArray<{ slug: string; label: string }> = [
  { slug: 'pshe', label: 'PSHE' },
  { slug: 'relationships-education', label: 'Relationships education' },
  { slug: 'british-values', label: 'British values' },
  { slug: 'online-radicalisation', label: 'Online radicalisation' },
  { slug: 'parental-engagement', label: 'Parental engagement' },
  { slug: 'staff-training', label: 'Staff training' },
  { slug: 'curriculum-design', label: 'Curriculum design' },
  { slug: 'governance', label: 'Governance' },
  { slug: 'risk-assessment', label: 'Risk assessment' },
  { slug: 'working-in-partnership', label: 'Working in partnership' },
  { slug: 'online-safety-policy', label: 'IT and online safety policies' },
];

const MANAGED = new Set(MANAGED_TAGS.map((t) => t.slug));

/** A tag as stored: lower case, words joined by hyphens. */
export function tagSlug(tag: string): string {
  return tag
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export const isManagedTag = (slug: string) => MANAGED.has(slug);
