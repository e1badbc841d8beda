export * from './realtime-event';
export * from './realtime-io.adapter';
export * from './realtime.gateway';
export * from './realtime.module';
