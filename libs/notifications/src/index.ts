export * from './notification.entity';
export * from './notification.models';
export * from './notifications.module';
export * from './notifications.service';
export * from './portal-links';
