export * from './auth-session.entity';
export * from './auth.exception';
export * from './auth.module';
export * from './auth.service';
export * from './policy.guard';
export * from './refresh-token.entity';
export * from './request-meta';
