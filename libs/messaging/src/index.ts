export * from './messaging.enums';
export * from './messaging.module';
export * from './messaging-rules';
export * from './moderation/message-report.enums';
export * from './retention/retention-purge';
