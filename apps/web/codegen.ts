import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types for every GraphQL document in the web app, from the api's committed schema: a schema
 * change that breaks a page breaks `npm run build:web` and `npm run typecheck`.
 */
const config: CodegenConfig = {
  schema: '../../prisma-free-schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/graphql/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { DateTime: 'string', ID: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
