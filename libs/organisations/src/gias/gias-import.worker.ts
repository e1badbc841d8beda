import { Readable } from 'node:stream';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobQueue, QUEUES } from '@safeguard/jobs';
import { Actor } from '@safeguard/policy';
import { detectEncoding, ENCODING_SAMPLE_BYTES, GiasImportService } from './gias-import.service';
import { GiasImportChunk } from './gias-import-chunk.entity';
import { GiasImportStatus } from './gias-import-run.entity';
import { GiasImportRunsService } from './gias-import-runs.service';
import type { GiasImportJob } from './gias-upload.service';

/**
 * Runs uploaded GIAS imports from the job queue, one at a time: reads the stored file piece by
 * piece, records progress on the run, and deletes the file when the run ends either way. A run
 * is never retried after it failed (the administrator uploads again); one left RUNNING by a
 * crashed worker is picked up again when its job expires, and counted afresh.
 */
@Injectable()
export class GiasImportWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger(GiasImportWorker.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly importer: GiasImportService,
    private readonly runs: GiasImportRunsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<GiasImportJob>(QUEUES.giasImport, async (jobs) => {
      for (const job of jobs) await this.run(job.data.runId);
    });
  }

  async run(runId: string): Promise<void> {
    const run = await this.runs.findById(runId);
    if (!run || run.status !== GiasImportStatus.RUNNING) return;
    await this.runs.restart(runId);
    try {
      const first = await this.dataSource.manager.findOneBy(GiasImportChunk, { runId, seq: 0 });
      if (!first) throw new Error('The uploaded file is no longer stored');
      const sample = first.data.subarray(0, ENCODING_SAMPLE_BYTES);
      const encoding = detectEncoding(sample, run.byteSize !== null && run.byteSize <= sample.length);
      await this.runs.record(runId, (onProgress) =>
        this.importer.importBytes(Readable.from(this.chunks(runId)), encoding, run.fileName, Actor.system(`gias-import:${runId}`), { onProgress }),
      );
    } catch (error) {
      this.logger.warn(`GIAS import ${runId} failed: ${error instanceof Error ? error.message : String(error)}`);
      if ((await this.runs.findById(runId))?.status === GiasImportStatus.RUNNING) await this.runs.fail(runId, error);
    } finally {
      await this.dataSource.manager.delete(GiasImportChunk, { runId });
    }
  }

  /** The file's pieces in order, one query each, so only one piece is in memory at a time. */
  private async *chunks(runId: string): AsyncGenerator<Buffer> {
    for (let seq = 0; ; seq += 1) {
      const chunk = await this.dataSource.manager.findOneBy(GiasImportChunk, { runId, seq });
      if (!chunk) return;
      yield chunk.data;
    }
  }
}
