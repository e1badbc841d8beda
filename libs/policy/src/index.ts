export * from './actor';
export * from './authorize.decorator';
export * from './current-actor.decorator';
export * from './permission';
export * from './role';
export * from './membership-in-force';
export * from './database-actor';
