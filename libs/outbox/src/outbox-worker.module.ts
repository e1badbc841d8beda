import { Module } from '@nestjs/common';
import { OutboxWorker } from './outbox.worker';

/** Imported by the worker process only. */
@Module({ providers: [OutboxWorker] })
export class OutboxWorkerModule {}
