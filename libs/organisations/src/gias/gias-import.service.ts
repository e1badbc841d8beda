import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { Actor } from '@safeguard/policy';
import { RefusedGiasRow } from './gias-import-run.entity';
import { GiasRecord, parseGiasRecord, SchoolRow, SkipReason } from './gias-row';

export interface GiasImportOptions {
  /** Only these LA codes; all when empty. */
  laCodes?: string[];
  batchSize?: number;
  /** Called every few thousand rows and at the end, awaited: the counts so far. */
  onProgress?: (report: GiasImportReport) => void | Promise<void>;
}

export interface GiasImportReport {
  rowsRead: number;
  imported: number;
  updated: number;
  unchanged: number;
  skipped: Record<SkipReason, number>;
  /** The first few refused rows with their reasons, so a person can look at them. */
  refusedRows: RefusedGiasRow[];
}

/** How many refused rows a report keeps. */
export const REFUSED_ROWS_KEPT = 20;

const PROGRESS_EVERY = 5000;

export const ENCODING_SAMPLE_BYTES = 256 * 1024;

/**
 * GIAS exports are UTF-8 or Windows-1252; a sample that does not decode as UTF-8 is the latter.
 * `complete` says the sample is the whole file (otherwise it is cut at its last line break, so
 * a multi-byte character is never split).
 */
export function detectEncoding(sample: Buffer, complete: boolean): 'utf8' | 'win1252' {
  let end = sample.length;
  const lastNewline = sample.lastIndexOf(0x0a, sample.length - 1);
  if (!complete && lastNewline > 0) end = lastNewline;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, end));
    return 'utf8';
  } catch {
    return 'win1252';
  }
}

async function detectFileEncoding(path: string): Promise<'utf8' | 'win1252'> {
  const handle = await open(path, 'r');
  try {
    const sample = Buffer.alloc(ENCODING_SAMPLE_BYTES);
    const { bytesRead } = await handle.read(sample, 0, sample.length, 0);
    return detectEncoding(sample.subarray(0, bytesRead), bytesRead < sample.length);
  } finally {
    await handle.close();
  }
}

/**
 * Streams a GIAS establishment export into the schools table, upserting by URN in batches,
 * so a 50 MB file never sits in memory and a second run changes nothing.
 */
@Injectable()
export class GiasImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async importFile(path: string, actor: Actor, options: GiasImportOptions = {}): Promise<GiasImportReport> {
    const encoding = await detectFileEncoding(path);
    return this.importBytes(createReadStream(path), encoding, path.split(/[\\/]/).pop() ?? path, actor, options);
  }

  /** Imports raw bytes in the given encoding, and audits the outcome under the file's name. */
  async importBytes(
    bytes: Readable,
    encoding: 'utf8' | 'win1252',
    fileName: string,
    actor: Actor,
    options: GiasImportOptions = {},
  ): Promise<GiasImportReport> {
    const report = await this.importStream(bytes.pipe(iconv.decodeStream(encoding)) as unknown as Readable, options);
    await this.audit.record(null, actor, {
      action: 'organisations.gias_import',
      entityType: 'School',
      details: { file: fileName, ...report, refusedRows: undefined },
    });
    return report;
  }

  async importStream(source: Readable, options: GiasImportOptions = {}): Promise<GiasImportReport> {
    const only = options.laCodes?.length ? new Set(options.laCodes.map((c) => c.padStart(3, '0'))) : null;
    const batchSize = options.batchSize ?? 500;
    const report: GiasImportReport = {
      rowsRead: 0,
      imported: 0,
      updated: 0,
      unchanged: 0,
      skipped: Object.fromEntries(Object.values(SkipReason).map((r) => [r, 0])) as Record<SkipReason, number>,
      refusedRows: [],
    };
    const parser = source.pipe(
      parse({ columns: true, bom: true, relax_column_count: true, skip_empty_lines: true, trim: false }),
    );
    let batch: SchoolRow[] = [];
    for await (const record of parser as AsyncIterable<GiasRecord>) {
      report.rowsRead += 1;
      const parsed = parseGiasRecord(record, only);
      if ('skip' in parsed) {
        report.skipped[parsed.skip] += 1;
        if (parsed.skip === SkipReason.BAD_ROW && report.refusedRows.length < REFUSED_ROWS_KEPT) {
          report.refusedRows.push({ row: report.rowsRead, reason: parsed.detail });
        }
      } else {
        batch.push(parsed.row);
      }
      if (batch.length >= batchSize) {
        await this.upsertBatch(batch, report);
        batch = [];
      }
      if (report.rowsRead % PROGRESS_EVERY === 0) await options.onProgress?.(report);
    }
    if (batch.length) await this.upsertBatch(batch, report);
    await options.onProgress?.(report);
    return report;
  }

  private async upsertBatch(rows: SchoolRow[], report: GiasImportReport): Promise<void> {
    // The same URN twice in one batch would make ON CONFLICT touch a row twice: keep the last.
    const byUrn = new Map(rows.map((r) => [r.urn, r]));
    const unique = [...byUrn.values()];
    await this.dataSource.transaction(async (manager) => {
      const laIds = await this.upsertLocalAuthorities(manager, unique);
      const values = unique.map((r) => [
        r.urn, r.name, laIds.get(r.laCode), r.establishmentType, r.typeGroup, r.phase, r.status, r.postcode,
      ]);
      const placeholders = values
        .map((_, i) => `(${Array.from({ length: 8 }, (__, j) => `$${i * 8 + j + 1}`).join(', ')})`)
        .join(', ');
      const result: Array<{ inserted: boolean }> = await manager.query(
        `INSERT INTO schools (urn, name, local_authority_id, establishment_type, type_group, phase, status, postcode)
         VALUES ${placeholders}
         ON CONFLICT (urn) DO UPDATE SET
           name = EXCLUDED.name, local_authority_id = EXCLUDED.local_authority_id,
           establishment_type = EXCLUDED.establishment_type, type_group = EXCLUDED.type_group,
           phase = EXCLUDED.phase, status = EXCLUDED.status, postcode = EXCLUDED.postcode, updated_at = now()
         WHERE (schools.name, schools.local_authority_id, schools.establishment_type, schools.type_group,
                schools.phase, schools.status, schools.postcode)
           IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.local_authority_id, EXCLUDED.establishment_type,
                EXCLUDED.type_group, EXCLUDED.phase, EXCLUDED.status, EXCLUDED.postcode)
         RETURNING (xmax = 0) AS inserted`,
        values.flat(),
      );
      const inserted = result.filter((r) => r.inserted).length;
      report.imported += inserted;
      report.updated += result.length - inserted;
      report.unchanged += unique.length - result.length;
    });
  }

  private async upsertLocalAuthorities(manager: EntityManager, rows: SchoolRow[]): Promise<Map<string, string>> {
    const names = new Map(rows.map((r) => [r.laCode, r.laName]));
    const codes = [...names.keys()];
    const found: Array<{ id: string; code: string }> = await manager.query(
      `INSERT INTO local_authorities (code, name)
       SELECT * FROM unnest($1::char(3)[], $2::varchar[])
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, updated_at = now()
         WHERE local_authorities.name IS DISTINCT FROM EXCLUDED.name
       RETURNING id, code`,
      [codes, codes.map((c) => names.get(c))],
    );
    const ids = new Map(found.map((r) => [r.code, r.id]));
    const missing = codes.filter((c) => !ids.has(c));
    if (missing.length) {
      const existing: Array<{ id: string; code: string }> = await manager.query(
        'SELECT id, code FROM local_authorities WHERE code = ANY($1::char(3)[])',
        [missing],
      );
      existing.forEach((r) => ids.set(r.code, r.id));
    }
    return ids;
  }
}
