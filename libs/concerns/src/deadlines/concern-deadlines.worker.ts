import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue, QUEUES } from '@safeguard/jobs';
import { ConcernEscalationService } from './concern-escalation.service';

/**
 * Checks front-door deadlines every five minutes (a one-working-day clock needs more than a
 * daily check) and once at start, to catch up after downtime.
 */
@Injectable()
export class ConcernDeadlinesWorker implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobQueue,
    private readonly escalation: ConcernEscalationService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work(QUEUES.concernDeadlines, async () => {
      await this.escalation.sweep();
    });
    await this.jobs.schedule(QUEUES.concernDeadlines, '*/5 * * * *');
    await this.jobs.send(QUEUES.concernDeadlines, {}, undefined, { singletonKey: 'startup', singletonSeconds: 60 });
  }
}
