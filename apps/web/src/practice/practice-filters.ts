import type { PracticeCommentKind, PracticeKind, PracticeSort } from '../graphql/generated/graphql';

const SORTS: PracticeSort[] = ['RELEVANCE', 'NEWEST', 'MOST_ENDORSED'];

/** What the library shows, as the address holds it (so Back and shared links work). */
export interface LibraryFilters {
  q: string;
  sort: PracticeSort;
  tags: string[];
  featured: boolean;
  kind: '' | PracticeKind;
  after?: string;
}

export function readFilters(params: URLSearchParams): LibraryFilters {
  const sort = params.get('sort') as PracticeSort | null;
  const kind = params.get('kind');
  return {
    q: params.get('q') ?? '',
    sort: sort && SORTS.includes(sort) ? sort : 'RELEVANCE',
    tags: [...new Set(params.getAll('tag').filter(Boolean))],
    featured: params.get('featured') === 'yes',
    kind: kind === 'PRACTICE' || kind === 'GUIDANCE' ? kind : '',
    ...(params.get('after') ? { after: params.get('after')! } : {}),
  };
}

/** The address's query string for these filters; defaults are left out. */
export function filterParams(f: LibraryFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (f.q.trim()) params.set('q', f.q.trim());
  if (f.sort !== 'RELEVANCE') params.set('sort', f.sort);
  for (const tag of f.tags) params.append('tag', tag);
  if (f.featured) params.set('featured', 'yes');
  if (f.kind) params.set('kind', f.kind);
  if (f.after) params.set('after', f.after);
  return params;
}

/** The api's filter for these choices, or undefined when nothing narrows the list. */
export function apiFilter(f: LibraryFilters): { tags?: string[]; featured?: boolean; kind?: PracticeKind } | undefined {
  const filter = { ...(f.tags.length ? { tags: f.tags } : {}), ...(f.featured ? { featured: true } : {}), ...(f.kind ? { kind: f.kind } : {}) };
  return Object.keys(filter).length ? filter : undefined;
}

/** Free tags typed as "Assemblies, pupil voice". */
export const splitTags = (text: string): string[] => text.split(',').map((t) => t.trim()).filter(Boolean);

interface ThreadComment {
  id: string;
  kind: PracticeCommentKind;
  parentId?: string | null;
}

/** Comments and questions in order, each question followed by its answers (answers never stand alone). */
export function threads<C extends ThreadComment>(comments: C[]): Array<{ comment: C; answers: C[] }> {
  const ids = new Set(comments.map((c) => c.id));
  return comments
    .filter((c) => c.kind !== 'ANSWER' || !c.parentId || !ids.has(c.parentId))
    .map((comment) => ({ comment, answers: comments.filter((a) => a.kind === 'ANSWER' && a.parentId === comment.id) }));
}
