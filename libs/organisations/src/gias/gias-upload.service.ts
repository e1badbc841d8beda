import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { AppConfig } from '@safeguard/config';
import { JobQueue, QUEUES } from '@safeguard/jobs';
import { Actor } from '@safeguard/policy';
import { OrganisationException } from '../organisation.exception';
import { GiasImportChunk } from './gias-import-chunk.entity';
import { GiasImportRun } from './gias-import-run.entity';
import { GiasImportRunsService } from './gias-import-runs.service';
import { cleanGiasFileName, giasUploadRefusal } from './gias-upload';

export interface GiasUpload {
  fileName: string;
  body: Readable;
  declaredLength?: number;
}

/** What the worker's job carries: only the run, whose file is in gias_import_chunks. */
export interface GiasImportJob {
  runId: string;
}

export const GIAS_CHUNK_BYTES = 1024 * 1024;
// A full export takes a minute or two; an hour before pg-boss gives the job to another worker.
const JOB_EXPIRY_SECONDS = 3600;

/**
 * Takes an administrator's GIAS file: checks it is one, keeps it in the database in pieces, and
 * queues the import for the worker, all in one transaction, so a run exists only with its file
 * and its job. The request returns as soon as the file is stored.
 */
@Injectable()
export class GiasUploadService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly runs: GiasImportRunsService,
    private readonly jobs: JobQueue,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async upload(actor: Actor, upload: GiasUpload): Promise<GiasImportRun> {
    const maxBytes = this.config.attachments.giasMaxBytes;
    if (upload.declaredLength !== undefined && upload.declaredLength > maxBytes) throw OrganisationException.giasFileTooLarge(maxBytes);
    const fileName = cleanGiasFileName(upload.fileName);
    if (!fileName) throw OrganisationException.giasFileRefused('Give the file’s name');
    const [who] = await this.dataSource.query<Array<{ display_name: string }>>('SELECT display_name FROM users WHERE id = $1', [actor.userId]);
    return this.dataSource.transaction(async (manager) => {
      const run = await this.runs.begin({ fileName, startedById: actor.userId, startedByName: who?.display_name ?? 'An administrator', byteSize: null }, manager);
      const byteSize = await this.storeChunks(manager, run.id, fileName, upload.body, maxBytes);
      await manager.update(GiasImportRun, { id: run.id }, { byteSize });
      await this.jobs.send(QUEUES.giasImport, { runId: run.id } satisfies GiasImportJob, manager, { expireInSeconds: JOB_EXPIRY_SECONDS });
      await this.audit.record(manager, actor, {
        action: 'organisations.gias_upload',
        entityType: 'GiasImportRun',
        entityId: run.id,
        details: { fileName, byteSize },
      });
      return { ...run, byteSize };
    });
  }

  /** Streams the body into 1 MiB rows, checking the first piece is a GIAS CSV and counting against the limit. */
  private async storeChunks(manager: EntityManager, runId: string, fileName: string, body: Readable, maxBytes: number): Promise<number> {
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let total = 0;
    let seq = 0;
    const flush = async () => {
      const data = Buffer.concat(pending);
      if (seq === 0) {
        const refusal = giasUploadRefusal(fileName, data);
        if (refusal) throw OrganisationException.giasFileRefused(refusal);
      }
      await manager.insert(GiasImportChunk, { runId, seq, data });
      seq += 1;
      pending = [];
      pendingBytes = 0;
    };
    for await (const chunk of body.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer | string>) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      total += bytes.length;
      if (total > maxBytes) throw OrganisationException.giasFileTooLarge(maxBytes);
      pending.push(bytes);
      pendingBytes += bytes.length;
      if (pendingBytes >= GIAS_CHUNK_BYTES) await flush();
    }
    if (pendingBytes > 0 || seq === 0) await flush();
    return total;
  }
}
