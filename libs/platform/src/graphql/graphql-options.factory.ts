import { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { AppConfig } from '@safeguard/config';
import { Request, Response } from 'express';
import { formatGraphQLError } from '../errors/format-graphql-error';
import { LoaderContext } from './request-loaders';

export interface GraphQLRequestContext extends LoaderContext {
  req: Request;
  res: Response;
}

/** Apollo Server options: limits from graphql-armor, masked errors, no introspection in production. */
export function graphqlOptions(config: AppConfig): Omit<ApolloDriverConfig, 'driver'> {
  const production = config.isProduction;
  const armor = new ApolloArmor({
    maxDepth: { n: config.graphql.GRAPHQL_MAX_DEPTH },
    costLimit: { maxCost: config.graphql.GRAPHQL_MAX_COST },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    maxTokens: { n: 2000 },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: !production,
    graphiql: !production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    // graphql-armor is typed against Apollo's ESM build, Nest against its CJS build: same objects.
    plugins: armor.plugins as unknown as ApolloDriverConfig['plugins'],
    validationRules: armor.validationRules,
    formatError: formatGraphQLError,
    context: ({ req, res }: GraphQLRequestContext): GraphQLRequestContext => ({ req, res, loaders: new Map() }),
  };
}
