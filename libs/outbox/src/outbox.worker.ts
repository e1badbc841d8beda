import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue, QUEUES } from '@safeguard/jobs';
import { OutboxDeliveryService } from './outbox-delivery.service';

/** The worker's outbox jobs: deliver each message, and every ten minutes retry any that stalled. */
@Injectable()
export class OutboxWorker implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobQueue,
    private readonly delivery: OutboxDeliveryService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<{ id: string }>(QUEUES.outboxDelivery, async (jobs) => {
      for (const job of jobs) await this.delivery.deliver(job.data.id);
    });
    await this.jobs.work(QUEUES.outboxSweep, async () => {
      for (const id of await this.delivery.stalled()) {
        await this.jobs.send(QUEUES.outboxDelivery, { id }, undefined, { singletonKey: id, singletonMinutes: 10 });
      }
    });
    await this.jobs.schedule(QUEUES.outboxSweep, '*/10 * * * *');
  }
}
