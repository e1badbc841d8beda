export * from './concern.enums';
export * from './concern-rules';
export * from './concerns.module';
