import { Injectable, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SIGN_IN_RULES } from '@safeguard/accounts';
import { AuditService } from '@safeguard/audit';
import { JobQueue, QUEUES } from '@safeguard/jobs';
import { sweepSignInRecords } from './sign-in-records.sweep';

/** Sweeps ended sign-in records once a day (at 03:15) and once at start, to catch up after downtime. */
@Injectable()
export class SignInRecordsWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger(SignInRecordsWorker.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly audit: AuditService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work(QUEUES.signInRecordsSweep, async () => {
      const swept = await sweepSignInRecords(this.dataSource, this.audit, SIGN_IN_RULES.endedRecordsKeptDays);
      if (Object.values(swept).some((n) => n > 0)) this.logger.log(`Sign-in records swept: ${JSON.stringify(swept)}`);
    });
    await this.jobs.schedule(QUEUES.signInRecordsSweep, '15 3 * * *');
    await this.jobs.send(QUEUES.signInRecordsSweep, {}, undefined, { singletonKey: 'startup', singletonSeconds: 60 });
  }
}

/** The worker's sign-in jobs. */
@Module({ providers: [SignInRecordsWorker] })
export class AuthWorkerModule {}
