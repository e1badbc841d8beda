import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue, QUEUES } from '@safeguard/jobs';
import { GovernanceAlertsService } from './governance-alerts.service';

/** Checks governance deadlines every morning at six (London) and once at start, to catch up after downtime. */
@Injectable()
export class GovernanceAlertsWorker implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobQueue,
    private readonly alerts: GovernanceAlertsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work(QUEUES.governanceAlerts, async () => {
      await this.alerts.sweep();
    });
    await this.jobs.schedule(QUEUES.governanceAlerts, '0 6 * * *');
    await this.jobs.send(QUEUES.governanceAlerts, {}, undefined, { singletonKey: 'startup', singletonSeconds: 60 });
  }
}
