import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditEntry, AuditOutcome, AuditService } from '@safeguard/audit';
import { londonToday } from '@safeguard/calendar';
import { School } from '@safeguard/organisations';
import { CommonException, CommonExceptionReason, DomainException } from '@safeguard/platform';
import { Actor } from '@safeguard/policy';
import { ROLES_BY_TYPE } from '../governance-rules';
import { GovernancePolicy } from '../governance.policy';
import { Appointment } from '../people/appointment.entity';
import { GovernancePerson } from '../people/governance-person.entity';
import { GovernanceRecordService, nameKey } from '../people/governance-record.service';
import { RecordAppointmentInput, RecordSuitabilityCheckInput } from '../people/governance.inputs';
import { SuitabilityCheck } from '../people/suitability-check.entity';
import { GovernanceImportReport } from './governance-import.model';
import { readScrCsv } from './scr-csv';
import { headerKey, parseScrRow, RawScrRow, ScrCheck, ScrRow } from './scr-row';

export interface GovernanceImportRequest {
  schoolId?: string | null;
  csv: string;
}

/** A row refused on its way in, with the column to name. */
class RowRefused extends Error {
  constructor(readonly field: string | null, message: string) {
    super(message);
  }
}

/** The record service's input fields, as the spreadsheet's columns. */
const APPOINTMENT_COLUMNS: Readonly<Record<string, string>> = {
  personId: 'full_name', person: 'full_name', role: 'role', governorCategory: 'governor_category', trustName: 'trust_name',
  appointedOn: 'appointed_on', termEndsOn: 'term_ends_on',
};
const checkColumns = (check: ScrCheck): Record<string, string> => ({
  doneOn: check.column, appliedOn: 'dbs_applied_on', reference: 'dbs_certificate_number', checkedBy: 'checked_by',
  kind: check.column, outcome: check.column, renewalDueOn: check.column, notes: check.column,
});

/** The record service's refusal, in the spreadsheet's words. */
function inColumns(error: DomainException, columns: Record<string, string>): RowRefused {
  const message = error.message.replace(/\b[a-z]+[A-Z]\w*\b/g, (word) => columns[word] ?? word);
  return new RowRefused(error.field ? (columns[error.field] ?? error.field) : null, message);
}

const rolesOf = (school: School) =>
  (ROLES_BY_TYPE.find(([types]) => types.includes(school.typeGroup))?.[1] ?? []).map((r) => r.toLowerCase().replace(/_/g, ' '));

/**
 * Brings a school's single central record (its governors' rows, as CSV) into the record, through
 * the same checks as recording by hand. Each row is its own transaction: a refused row records
 * nothing and leaves the others. A row already on record (same person, school and role) is
 * skipped, but checks it gives that are not yet on record are added, so importing the same file
 * again changes nothing and importing a later copy brings in only what is new.
 */
@Injectable()
export class GovernanceImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly records: GovernanceRecordService,
    private readonly policy: GovernancePolicy,
    private readonly audit: AuditService,
  ) {}

  async import(actor: Actor, request: GovernanceImportRequest): Promise<GovernanceImportReport> {
    const only = request.schoolId ? await this.chosenSchool(actor, request.schoolId) : null;
    const sheet = await readScrCsv(request.csv, { needsSchoolUrn: !only });
    const report: GovernanceImportReport = {
      rowsRead: 0, appointmentsCreated: 0, checksRecorded: 0, skipped: 0, rowsRefused: 0, refused: [], ignoredColumns: sheet.ignoredColumns,
    };
    const byUrn = only ? new Map<number, School>() : await this.schoolsByUrn(sheet.rows.map((r) => r.raw));
    const areas = new Set<string>();
    try {
      for (const { row, raw } of sheet.rows) {
        report.rowsRead++;
        const refusals = await this.importRow(actor, raw, only, byUrn, report, areas);
        if (refusals.length) {
          report.rowsRefused++;
          report.refused.push(...refusals.map((r) => ({ row, field: r.field, reason: r.reason })));
        }
      }
    } catch (error) {
      // Rows before the failure stand: say how far it got.
      await this.audit.recordDetached(actor, this.auditEntry(only, areas, report, AuditOutcome.FAILED));
      throw error;
    }
    await this.audit.record(null, actor, this.auditEntry(only, areas, report, AuditOutcome.SUCCESS));
    return report;
  }

  /** A school chosen by id refuses the whole import, as recordAppointment does: NOT_FOUND unless readable, then FORBIDDEN. */
  private async chosenSchool(actor: Actor, schoolId: string): Promise<School> {
    const school = await this.dataSource.manager.findOneBy(School, { id: schoolId });
    if (!school || !this.policy.canRead(actor, school)) throw CommonException.notFound('The school');
    this.policy.assertCanRecord(actor, school);
    return school;
  }

  private async schoolsByUrn(rows: RawScrRow[]): Promise<Map<number, School>> {
    const urns = [...new Set(rows.map((raw) => Number(raw[headerKey('school_urn')])).filter((urn) => Number.isInteger(urn) && urn > 0))];
    const schools = urns.length ? await this.dataSource.manager.findBy(School, { urn: In(urns) }) : [];
    return new Map(schools.map((s) => [s.urn, s]));
  }

  /** Imports one row; returns why it was refused, or nothing. */
  private async importRow(
    actor: Actor,
    raw: RawScrRow,
    only: School | null,
    byUrn: Map<number, School>,
    report: GovernanceImportReport,
    areas: Set<string>,
  ): Promise<Array<{ field: string | null; reason: string }>> {
    const parsed = parseScrRow(raw);
    if ('refusals' in parsed) return parsed.refusals;
    const { row } = parsed;
    let school: School;
    if (only) {
      if (row.schoolUrn !== null && row.schoolUrn !== only.urn) {
        return [{ field: 'school_urn', reason: `This file is being imported for URN ${only.urn}; the row is for ${row.schoolUrn}` }];
      }
      school = only;
    } else {
      const found = row.schoolUrn === null ? undefined : byUrn.get(row.schoolUrn);
      if (!found || !this.policy.canRead(actor, found)) return [{ field: 'school_urn', reason: 'No such school you can record for' }];
      try {
        this.policy.assertCanRecord(actor, found);
      } catch (error) {
        if (error instanceof DomainException) return [{ field: 'school_urn', reason: error.message }];
        throw error;
      }
      school = found;
    }
    try {
      const done = await this.dataSource.transaction((manager) => this.recordRow(manager, actor, school, row));
      // Counted only once the row's transaction has committed.
      if (done.created) report.appointmentsCreated++;
      else report.skipped++;
      report.checksRecorded += done.checks;
      areas.add(school.localAuthorityId);
      return [];
    } catch (error) {
      if (error instanceof RowRefused) return [{ field: error.field, reason: error.message }];
      if (error instanceof DomainException) return [{ field: error.field ?? null, reason: error.message }];
      throw error;
    }
  }

  private async recordRow(manager: EntityManager, actor: Actor, school: School, row: ScrRow): Promise<{ created: boolean; checks: number }> {
    const { person, ...appointmentFields } = row.appointment;
    const personId = person.dateOfBirth ? undefined : await this.sameNameHere(manager, school, person.fullName);
    const input: RecordAppointmentInput = { ...appointmentFields, schoolId: school.id, ...(personId ? { personId } : { person }) };
    let appointment: Appointment;
    let created = true;
    try {
      appointment = await this.records.createAppointment(manager, actor, school, input);
    } catch (error) {
      if (!(error instanceof DomainException)) throw error;
      const existing = error.reason === CommonExceptionReason.CONFLICT ? await this.onRecord(manager, school, input) : null;
      if (!existing) {
        const refusal = inColumns(error, APPOINTMENT_COLUMNS);
        if (refusal.field === 'role') refusal.message += ` (this school has: ${rolesOf(school).join(', ')})`;
        throw refusal;
      }
      appointment = existing;
      created = false;
    }
    let checks = 0;
    for (const check of row.checks) {
      if (!created && (await this.onRecordAlready(manager, appointment.id, check.input))) continue;
      try {
        await this.records.createCheck(manager, actor, appointment, { ...check.input, appointmentId: appointment.id });
      } catch (error) {
        throw error instanceof DomainException ? inColumns(error, checkColumns(check)) : error;
      }
      checks++;
    }
    return { created, checks };
  }

  /**
   * A re-imported check is one already on record: the same kind on the same day, or the same kind
   * with the same certificate number (found by its keyed hash: the number is stored encrypted).
   */
  private async onRecordAlready(manager: EntityManager, appointmentId: string, check: Omit<RecordSuitabilityCheckInput, 'appointmentId'>): Promise<boolean> {
    if (await manager.existsBy(SuitabilityCheck, { appointmentId, kind: check.kind, doneOn: check.doneOn })) return true;
    return Boolean(check.reference) && (await this.records.hasReference(manager, appointmentId, check.kind, check.reference!));
  }

  /**
   * Without a date of birth the record service cannot find a person again, so a re-import would
   * add them twice: within one school, the same name is taken to be the same person.
   */
  private async sameNameHere(manager: EntityManager, school: School, fullName: string): Promise<string | undefined> {
    const found: Array<{ personId: string }> = await manager
      .createQueryBuilder(Appointment, 'a')
      .innerJoin(GovernancePerson, 'p', 'p.id = a.personId')
      .select('DISTINCT a.personId', 'personId')
      .where('a.schoolId = :school AND p.fullNameKey = :key', { school: school.id, key: nameKey(fullName) })
      .getRawMany();
    if (found.length > 1) throw new RowRefused('date_of_birth', `More than one ${fullName} governs this school: give the date of birth`);
    return found[0]?.personId;
  }

  /** The active appointment a CONFLICT from the record service was about. */
  private async onRecord(manager: EntityManager, school: School, input: RecordAppointmentInput): Promise<Appointment | null> {
    const personId =
      input.personId ??
      (input.person?.dateOfBirth
        ? (await manager.findOneBy(GovernancePerson, { fullNameKey: nameKey(input.person.fullName), dateOfBirth: input.person.dateOfBirth }))?.id
        : undefined);
    if (!personId) return null;
    return manager
      .createQueryBuilder(Appointment, 'a')
      .where('a.personId = :person AND a.schoolId = :school AND a.role = :role AND (a.endedOn IS NULL OR a.endedOn > :today)', {
        person: personId, school: school.id, role: input.role, today: londonToday(),
      })
      .orderBy('a.appointedOn', 'DESC')
      .getOne();
  }

  /** Counts only: names, dates of birth and certificate numbers stay out of the audit trail. */
  private auditEntry(only: School | null, areas: Set<string>, report: GovernanceImportReport, outcome: AuditOutcome): AuditEntry {
    return {
      action: 'governance.import',
      entityType: 'School',
      entityId: only?.id ?? null,
      localAuthorityId: only?.localAuthorityId ?? (areas.size === 1 ? [...areas][0] : null),
      outcome,
      details: {
        schoolId: only?.id ?? null,
        rowsRead: report.rowsRead,
        appointmentsCreated: report.appointmentsCreated,
        checksRecorded: report.checksRecorded,
        skipped: report.skipped,
        rowsRefused: report.rowsRefused,
        ignoredColumns: report.ignoredColumns.length,
      },
    };
  }
}
