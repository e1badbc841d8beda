import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ConnectionArgs, ConnectionShape, paginate } from '@safeguard/platform';
import { GiasImportReport } from './gias-import.service';
import { GiasImportRun, GiasImportStatus } from './gias-import-run.entity';
import { SkipReason } from './gias-row';

export interface NewGiasImportRun {
  fileName: string;
  startedById: string | null;
  startedByName: string;
  byteSize: number | null;
}

/** The run's counters from an import report (so far or final). */
export function runCounts(report: GiasImportReport): Partial<GiasImportRun> {
  return {
    rowsRead: report.rowsRead,
    created: report.imported,
    updated: report.updated,
    unchanged: report.unchanged,
    closed: report.skipped[SkipReason.CLOSED],
    skipped: report.skipped[SkipReason.NOT_A_SCHOOL] + report.skipped[SkipReason.OTHER_LOCAL_AUTHORITY],
    refused: report.skipped[SkipReason.BAD_ROW],
    refusedRows: report.refusedRows,
  };
}

const MESSAGE_LIMIT = 1000;

/** The record of GIAS import runs: begun, counted as they go, and finished or failed. */
@Injectable()
export class GiasImportRunsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  begin(run: NewGiasImportRun, manager: EntityManager = this.dataSource.manager): Promise<GiasImportRun> {
    return manager.save(manager.create(GiasImportRun, { ...run, status: GiasImportStatus.RUNNING, refusedRows: [] }));
  }

  /** Starts the counting again: a run picked up a second time (after a crash) reads its file afresh. */
  async restart(id: string): Promise<void> {
    await this.dataSource.manager.update(GiasImportRun, { id }, {
      rowsRead: 0, created: 0, updated: 0, unchanged: 0, closed: 0, skipped: 0, refused: 0, refusedRows: [],
    });
  }

  async progress(id: string, report: GiasImportReport): Promise<void> {
    await this.dataSource.manager.update(GiasImportRun, { id, status: GiasImportStatus.RUNNING }, runCounts(report));
  }

  async succeed(id: string, report: GiasImportReport): Promise<void> {
    await this.dataSource.manager.update(GiasImportRun, { id }, {
      ...runCounts(report), status: GiasImportStatus.SUCCEEDED, finishedAt: new Date(),
    });
  }

  async fail(id: string, error: unknown): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    await this.dataSource.manager.update(GiasImportRun, { id }, {
      status: GiasImportStatus.FAILED, finishedAt: new Date(), failureMessage: message.slice(0, MESSAGE_LIMIT),
    });
  }

  /** Runs `execute` as this run: progress recorded as it goes, then success or failure (rethrown). */
  async record(id: string, execute: (onProgress: (report: GiasImportReport) => Promise<void>) => Promise<GiasImportReport>): Promise<GiasImportReport> {
    try {
      const report = await execute((so) => this.progress(id, so));
      await this.succeed(id, report);
      return report;
    } catch (error) {
      await this.fail(id, error);
      throw error;
    }
  }

  findById(id: string): Promise<GiasImportRun | null> {
    return this.dataSource.manager.findOneBy(GiasImportRun, { id });
  }

  /** Newest first. */
  list(args: ConnectionArgs): Promise<ConnectionShape<GiasImportRun>> {
    const query = this.dataSource.manager.createQueryBuilder(GiasImportRun, 'run');
    return paginate(query, { columns: ['run.startedAt', 'run.id'], keyOf: (r) => [r.startedAt.toISOString(), r.id], direction: 'DESC' }, args);
  }
}
