import { GraphQLErrorCode } from '../errors/graphql-error-code';

/** Why graphql-armor refused a query, as `extensions.reason` (with code BAD_USER_INPUT). */
export enum QueryLimitReason {
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  QUERY_TOO_LONG = 'QUERY_TOO_LONG',
  TOO_MANY_ALIASES = 'TOO_MANY_ALIASES',
  TOO_MANY_DIRECTIVES = 'TOO_MANY_DIRECTIVES',
  QUERY_TOO_COSTLY = 'QUERY_TOO_COSTLY',
}

// graphql-armor's own messages (exposeLimits on), which it raises without a code and prefixes
// "Syntax Error:" although the syntax is fine; pinned by test/e2e/graphql-limits.e2e-spec.ts.
const ARMOR_MESSAGES: Array<[RegExp, QueryLimitReason]> = [
  [/^(Syntax Error: )?(Query depth limit of .*)$/, QueryLimitReason.QUERY_TOO_DEEP],
  [/^(Syntax Error: )?(Token limit of .*)$/, QueryLimitReason.QUERY_TOO_LONG],
  [/^(Syntax Error: )?(Aliases limit of .*)$/, QueryLimitReason.TOO_MANY_ALIASES],
  [/^(Syntax Error: )?(Directives limit of .*)$/, QueryLimitReason.TOO_MANY_DIRECTIVES],
  [/^(Syntax Error: )?(Query Cost limit of .*)$/, QueryLimitReason.QUERY_TOO_COSTLY],
];

/** A query-limit refusal as BAD_USER_INPUT with its reason, or undefined for any other message. */
export function queryLimitRefusal(message: string): { message: string; extensions: { code: GraphQLErrorCode; reason: QueryLimitReason } } | undefined {
  for (const [pattern, reason] of ARMOR_MESSAGES) {
    const match = pattern.exec(message);
    if (match) return { message: match[2], extensions: { code: GraphQLErrorCode.BAD_USER_INPUT, reason } };
  }
  return undefined;
}
