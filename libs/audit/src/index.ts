export * from './audit-chain';
export * from './audit-event.entity';
export * from './audit-verifier';
export * from './audit.module';
export * from './audit.service';
export * from './json.scalar';
export * from './audit-refusals.filter';
