import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue, QUEUES } from '@safeguard/jobs';
import { PressureEscalationService } from './pressure-escalation.service';

/**
 * Checks acknowledgement deadlines every fifteen minutes (a two-working-day clock needs no
 * closer watch) and once at start, to catch up after downtime.
 */
@Injectable()
export class PressureDeadlinesWorker implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobQueue,
    private readonly escalation: PressureEscalationService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work(QUEUES.pressureDeadlines, async () => {
      await this.escalation.sweep();
    });
    await this.jobs.schedule(QUEUES.pressureDeadlines, '*/15 * * * *');
    await this.jobs.send(QUEUES.pressureDeadlines, {}, undefined, { singletonKey: 'startup', singletonSeconds: 60 });
  }
}
