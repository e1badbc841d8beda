export * from './mail-transport';
export * from './outbox-delivery.service';
export * from './outbox-message.entity';
export * from './outbox.module';
export * from './outbox.service';
export * from './outbox-worker.module';
