import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { addDays, londonToday } from '@safeguard/calendar';
import { JobQueue, QUEUES } from '@safeguard/jobs';
import { Actor } from '@safeguard/policy';
import { TermCalendar } from '../terms/term-calendar.service';
import { TermlyReportsService } from './termly-reports.service';

/**
 * At the start of each term, drafts the report on the term just ended for every authority with an
 * HMI assigned today. Runs each morning and at start; a report already begun is left to its HMI.
 */
@Injectable()
export class TermlyReportsWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger(TermlyReportsWorker.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly terms: TermCalendar,
    private readonly reports: TermlyReportsService,
    private readonly audit: AuditService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work(QUEUES.termlyReports, async () => {
      await this.draftEndedTerm();
    });
    await this.jobs.schedule(QUEUES.termlyReports, '30 6 * * *');
    await this.jobs.send(QUEUES.termlyReports, {}, undefined, { singletonKey: 'startup', singletonSeconds: 60 });
  }

  /** Returns how many drafts it began. */
  async draftEndedTerm(today = londonToday()): Promise<number> {
    const current = await this.terms.termOf(this.dataSource.manager, today);
    const ended = await this.terms.termOf(this.dataSource.manager, addDays(current.startsOn, -1));
    const assigned: Array<{ local_authority_id: string; user_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT ON (local_authority_id) local_authority_id, user_id FROM hmi_assignments
        WHERE starts_on <= $1 AND ends_on >= $1 ORDER BY local_authority_id, starts_on`,
      [today],
    );
    let begun = 0;
    for (const { local_authority_id: la, user_id: hmi } of assigned) {
      await this.dataSource.transaction(async (manager) => {
        const [exists] = await manager.query('SELECT 1 FROM termly_reports WHERE local_authority_id = $1 AND term_starts_on = $2', [la, ended.startsOn]);
        if (exists) return;
        const report = await this.reports.buildIn(manager, la, ended, hmi);
        await this.audit.record(manager, Actor.system(`termly-report:${la}:${ended.startsOn}`), {
          action: 'inspection.build_report', entityType: 'TermlyReport', entityId: report.id, localAuthorityId: la, details: { term: ended.label, by: 'worker' },
        });
        begun++;
      });
    }
    if (begun) this.logger.log(`Drafted ${begun} termly reports for ${ended.label}`);
    return begun;
  }
}
