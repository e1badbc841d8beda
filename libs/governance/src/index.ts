export * from './governance.enums';
export * from './governance-rules';
export * from './governance.module';
export * from './governance.policy';
