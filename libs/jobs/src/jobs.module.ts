import { DynamicModule, Global, Module } from '@nestjs/common';
import { JOB_QUEUE_OPTIONS, JobQueue, JobQueueOptions } from './job-queue';

@Global()
@Module({})
export class JobsModule {
  static forRoot(options: JobQueueOptions): DynamicModule {
    return {
      module: JobsModule,
      providers: [{ provide: JOB_QUEUE_OPTIONS, useValue: options }, JobQueue],
      exports: [JobQueue],
    };
  }
}
