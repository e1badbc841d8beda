// ESLint flat config: @eslint/js and typescript-eslint recommended rules (not the type-checked
// presets, to keep lint fast).
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      '.data/',
      'scratch/',
      'coverage/',
      'test-results/',
      'apps/web/dist/',
      'apps/web/src/graphql/generated/',
      '**/*.js',
      '**/*.mjs',
    ],
  },
  eslint.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // prisma-free-schema/migrations/index.ts lists migration classes as Function[].
      '@typescript-eslint/no-unsafe-function-type': 'off',
      'no-console': 'off',
    },
  },
);
