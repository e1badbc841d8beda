export * from './rate-limit.exception';
export * from './rate-limit.guard';
export * from './rate-limit.store';
export * from './rate-limits';
export * from './rate-limits.module';
export * from './sign-in-throttle.decorator';
