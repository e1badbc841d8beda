import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { buildSchema, type DocumentNode, Kind, type SelectionSetNode, specifiedRules, validate, visit } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as generated from '../graphql/generated/graphql';

/**
 * The api refuses a query over its limits (graphql-armor in libs/platform graphql-options.factory.ts,
 * GRAPHQL_MAX_COST 5000 by default) with 400: the page then never loads. Every document of the portal is
 * checked here as the api would see it, with the __typename Apollo Client adds to each selection.
 */
const schema = buildSchema(readFileSync(join(import.meta.dirname, '../../../../prisma-free-schema/schema.graphql'), 'utf8'));
const rules = new ApolloArmor({
  maxDepth: { n: 10 },
  costLimit: { maxCost: 5000 },
  maxAliases: { n: 15 },
  maxDirectives: { n: 20 },
  maxTokens: { n: 2000 },
}).protect().validationRules;

const TYPENAME = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } } as const;

function asApolloSendsIt(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet(node: SelectionSetNode, _key, parent) {
      if (parent && !Array.isArray(parent) && (parent as { kind?: string }).kind === Kind.OPERATION_DEFINITION) return undefined;
      if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) return undefined;
      return { ...node, selections: [...node.selections, TYPENAME] };
    },
  });
}

const documents = Object.entries(generated).filter(
  (entry): entry is [string, DocumentNode] => entry[0].endsWith('Document') && (entry[1] as { kind?: string })?.kind === Kind.DOCUMENT,
);

describe('the portal’s GraphQL documents', () => {
  it('are found', () => {
    expect(documents.length).toBeGreaterThan(20);
  });

  it.each(documents)('%s stays inside the api’s cost, depth and token limits', (_name, document) => {
    const errors = validate(schema, asApolloSendsIt(document), [...specifiedRules, ...(rules as typeof specifiedRules)]);
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});
