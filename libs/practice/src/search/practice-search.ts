/**
 * The search document of an entry, as SQL over an alias. It must match the expression of the GIN
 * index the PracticeSearch migration creates, or PostgreSQL will not use the index.
 */
export const documentSql = (alias: string) => `practice_document(${alias}.title, ${alias}.summary, ${alias}.body, ${alias}.tags)`;

/** The query from what the user typed: web-search syntax ("phrases", -not, or), never a parse error. */
export const querySql = (param: string) => `websearch_to_tsquery('english', :${param})`;

/** Relevance as an exact number, so it can serve in a keyset cursor. */
export const rankSql = (alias: string, param: string) => `round(ts_rank_cd(${documentSql(alias)}, ${querySql(param)})::numeric, 6)`;
