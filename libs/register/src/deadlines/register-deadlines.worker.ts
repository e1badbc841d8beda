import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue, QUEUES } from '@safeguard/jobs';
import { EscalationService } from './escalation.service';

/** Checks register deadlines every quarter of an hour (and once at start, to catch up after downtime). */
@Injectable()
export class RegisterDeadlinesWorker implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobQueue,
    private readonly escalation: EscalationService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work(QUEUES.registerDeadlines, async () => {
      await this.escalation.sweep();
    });
    await this.jobs.schedule(QUEUES.registerDeadlines, '*/15 * * * *');
    await this.jobs.send(QUEUES.registerDeadlines, {}, undefined, { singletonKey: 'startup', singletonSeconds: 60 });
  }
}
