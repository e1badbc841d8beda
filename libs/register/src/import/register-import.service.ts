import { createReadStream } from 'node:fs';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { parse } from 'csv-parse';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { DomainException } from '@safeguard/platform';
import { runWithDatabaseAccess } from '@safeguard/database';
import { Actor, databaseAccessOf } from '@safeguard/policy';
import { Child } from '../children/child.entity';
import { ChildInput } from '../children/child.inputs';
import { ChildrenService } from '../children/children.service';
import { RegisterEntriesService } from '../entries/register-entries.service';
import { RegisterEntry } from '../entries/register-entry.entity';
import { RegisterKind } from '../register.enums';
import { normaliseHeaders, parseRegisterRow, RowRefused } from './register-row';

export interface RegisterImportOptions {
  laCode: string;
  kind: RegisterKind;
  /** The team whose list this was, e.g. "CME team". */
  source: string;
}

export interface RegisterImportReport {
  rowsRead: number;
  entriesCreated: number;
  alreadyImported: number;
  childrenMatched: number;
  childrenCreated: number;
  /** Children created that may be the same as records already there; not merged. */
  possibleDuplicates: Array<{ row: number; childId: string; candidates: Array<{ childId: string; why: string }> }>;
  refused: Array<{ row: number; reason: string }>;
}

/**
 * Brings a council team's old spreadsheet into the shared register. Each row is one
 * transaction; a row already imported (same authority, kind, source and reference) is left
 * alone, so importing the same file twice changes nothing.
 */
@Injectable()
export class RegisterImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly children: ChildrenService,
    private readonly entries: RegisterEntriesService,
    private readonly audit: AuditService,
  ) {}

  /** Acts for `actor` under row-level security too (the CLI's system actor sees every row). */
  importFile(path: string, actor: Actor, options: RegisterImportOptions): Promise<RegisterImportReport> {
    return runWithDatabaseAccess(databaseAccessOf(actor), () => this.importAs(path, actor, options));
  }

  private async importAs(path: string, actor: Actor, options: RegisterImportOptions): Promise<RegisterImportReport> {
    const [la] = await this.dataSource.query('SELECT id FROM local_authorities WHERE code = $1', [options.laCode]);
    if (!la) throw new Error(`No local authority has code ${options.laCode}`);
    const report: RegisterImportReport = {
      rowsRead: 0, entriesCreated: 0, alreadyImported: 0, childrenMatched: 0, childrenCreated: 0, possibleDuplicates: [], refused: [],
    };
    const parser = createReadStream(path).pipe(parse({ columns: true, bom: true, skip_empty_lines: true, relax_column_count: true }));
    for await (const record of parser as AsyncIterable<Record<string, string>>) {
      report.rowsRead++;
      // Row numbers as a person sees them in the spreadsheet: the header is row 1.
      const row = report.rowsRead + 1;
      try {
        await this.importRow(actor, la.id, options, normaliseHeaders(record), row, report);
      } catch (error) {
        if (error instanceof RowRefused || error instanceof DomainException) report.refused.push({ row, reason: error.message });
        else throw error;
      }
    }
    await this.audit.record(null, actor, {
      action: 'register.import',
      entityType: 'RegisterImport',
      localAuthorityId: la.id,
      details: { file: path.split('/').pop(), kind: options.kind, source: options.source, ...report, possibleDuplicates: report.possibleDuplicates.length, refused: report.refused.length },
    });
    return report;
  }

  private async importRow(
    actor: Actor,
    localAuthorityId: string,
    options: RegisterImportOptions,
    raw: Record<string, string>,
    row: number,
    report: RegisterImportReport,
  ): Promise<void> {
    const parsed = parseRegisterRow(raw, options.kind);
    await this.dataSource.transaction(async (manager) => {
      const done = await manager.findOne(RegisterEntry, {
        where: { localAuthorityId, kind: options.kind, importSource: options.source, importRef: parsed.importRef },
      });
      if (done) {
        report.alreadyImported++;
        return;
      }
      let child = await this.match(manager, localAuthorityId, parsed.child);
      if (child) report.childrenMatched++;
      else {
        child = await this.children.create(manager, actor, localAuthorityId, parsed.child);
        report.childrenCreated++;
        const candidates = await this.children.possibleDuplicates(manager, child);
        if (candidates.length) {
          report.possibleDuplicates.push({ row, childId: child.id, candidates: candidates.map((c) => ({ childId: c.child.id, why: c.why })) });
        }
      }
      await this.entries.createEntry(manager, actor, child, { schoolId: null, localAuthorityId }, {
        ...parsed.entry,
        source: options.source,
        importSource: options.source,
        importRef: parsed.importRef,
      });
      report.entriesCreated++;
    });
  }

  /** The same child: same UPN, or exactly the same name and date of birth. */
  private async match(manager: EntityManager, localAuthorityId: string, child: ChildInput): Promise<Child | null> {
    const query = manager
      .createQueryBuilder(Child, 'c')
      .where('c.localAuthorityId = :la AND c.mergedIntoId IS NULL', { la: localAuthorityId });
    if (child.upn) {
      const byUpn = await query.clone().andWhere('c.upn = :upn', { upn: child.upn }).orderBy('c.createdAt').getOne();
      if (byUpn) return byUpn;
    }
    return query
      .andWhere('lower(c.legalFirstName) = lower(:first) AND lower(c.legalLastName) = lower(:last) AND c.dateOfBirth = :dob', {
        first: child.legalFirstName,
        last: child.legalLastName,
        dob: child.dateOfBirth,
      })
      .orderBy('c.createdAt')
      .getOne();
  }
}
