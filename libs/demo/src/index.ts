export * from './demo-accounts';
export * from './demo-organisations';
export * from './demo-seeder';
export * from './demo.module';
