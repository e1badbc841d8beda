export * from './database-context';
export * from './row-security';
export * from './request-scope.middleware';
