/**
 * Where the records behind a figure are: the GraphQL query, with its filters, that the HMI and the
 * authority's managers can run. Written as the query is typed, e.g.
 * `registerEntries(filter: {localAuthorityId: "…", kind: CME, open: true})`.
 */

/** An enum value, written bare. */
export class GqlEnum {
  constructor(readonly value: string) {}
}

export const gqlEnum = (value: string): GqlEnum => new GqlEnum(value);

type GqlArgument = string | number | boolean | GqlEnum | { [name: string]: GqlArgument };

function written(value: GqlArgument): string {
  if (value instanceof GqlEnum) return value.value;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `{${Object.entries(value).map(([name, v]) => `${name}: ${written(v)}`).join(', ')}}`;
}

export function apiQuery(name: string, args: Record<string, GqlArgument>): string {
  return `${name}(${Object.entries(args).map(([n, v]) => `${n}: ${written(v)}`).join(', ')})`;
}

/** `registerEntries` of one authority, with more filters. */
export function registerEntriesLink(localAuthorityId: string, filter: Record<string, GqlArgument>): string {
  return apiQuery('registerEntries', { filter: { localAuthorityId, ...filter } });
}

export function concernsLink(localAuthorityId: string, filter: Record<string, GqlArgument> = {}): string {
  return apiQuery('concerns', { filter: { localAuthorityId, ...filter } });
}

export function pressureReportsLink(localAuthorityId: string, filter: Record<string, GqlArgument> = {}): string {
  return apiQuery('pressureReports', { filter: { localAuthorityId, ...filter } });
}
