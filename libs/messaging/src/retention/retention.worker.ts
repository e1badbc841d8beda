import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { AttachmentStore } from '@safeguard/concerns';
import { JobQueue, QUEUES } from '@safeguard/jobs';
import { purgeExpiredMessages } from './retention-purge';

/** Purges messages past their network's retention once a day (at 02:30) and once at start, to catch up after downtime. */
@Injectable()
export class MessagingRetentionWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger(MessagingRetentionWorker.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly store: AttachmentStore,
    private readonly audit: AuditService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work(QUEUES.messagingRetention, async () => {
      const summary = await purgeExpiredMessages(this.dataSource, this.store, this.audit);
      if (summary.conversations) this.logger.log(`Retention purge: ${JSON.stringify(summary)}`);
    });
    await this.jobs.schedule(QUEUES.messagingRetention, '30 2 * * *');
    await this.jobs.send(QUEUES.messagingRetention, {}, undefined, { singletonKey: 'startup', singletonSeconds: 60 });
  }
}
