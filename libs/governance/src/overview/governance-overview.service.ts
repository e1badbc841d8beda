import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { defaultTermOf, IsoDate, londonToday, termLabel } from '@safeguard/calendar';
import { School, SchoolTypeGroup } from '@safeguard/organisations';
import { CommonException, toCsv } from '@safeguard/platform';
import { Actor } from '@safeguard/policy';
import { CheckKind, CheckState, Rag } from '../governance.enums';
import {
  AppointmentModel, CompletionByTypeModel, GovernanceCompletionModel, SchoolGovernanceModel, SchoolOverdueModel,
} from '../governance.models';
import { GovernancePolicy } from '../governance.policy';
import { GovernanceRecordService } from '../people/governance-record.service';
import { Appointment } from '../people/appointment.entity';
import { AppointmentStanding, GovernanceStatusService, tally } from '../status/governance-status.service';
import { ragOf } from '../status/check-status';
import { CompletionSnapshot } from './completion-snapshot.entity';

const TYPE_ORDER = Object.values(SchoolTypeGroup);
const percent = (done: number, required: number) => (required ? Math.round((done / required) * 1000) / 10 : null);
const missed = (state: CheckState) => state === CheckState.OVERDUE || state === CheckState.REFUSED;

/** What the school, the council and HMI see of governance. */
@Injectable()
export class GovernanceOverviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: GovernancePolicy,
    private readonly status: GovernanceStatusService,
    private readonly record: GovernanceRecordService,
    private readonly audit: AuditService,
  ) {}

  async school(actor: Actor, schoolId: string, includeEnded = false): Promise<SchoolGovernanceModel> {
    const school = await this.dataSource.manager.findOneBy(School, { id: schoolId });
    if (!school || !this.policy.canRead(actor, school)) throw CommonException.notFound('The school');
    const today = londonToday();
    const standings = await this.status.standings(this.dataSource.manager, { schoolIds: [school.id] }, today);
    const withReferences = this.policy.canReadReferences(actor, school);
    const appointments = standings.map((s) => this.appointmentModel(s, withReferences));
    if (includeEnded) appointments.push(...(await this.ended(school.id, today, withReferences)));
    const statuses = standings.flatMap((s) => s.statuses);
    if (withReferences) {
      // Reading certificate numbers is worth a line in the trail, as any read of a child is.
      await this.audit.recordDetached(actor, {
        action: 'governance.read_references', entityType: 'School', entityId: school.id, localAuthorityId: school.localAuthorityId,
      });
    }
    return {
      schoolId: school.id,
      schoolName: school.name,
      schoolTypeGroup: school.typeGroup,
      rag: ragOf(statuses.map((s) => s.state)),
      tally: tally(statuses),
      appointments,
    };
  }

  /** One appointment with its standing today (after recording it). The caller has just been allowed to record it. */
  async appointment(actor: Actor, appointmentId: string): Promise<AppointmentModel> {
    const manager = this.dataSource.manager;
    const today = londonToday();
    const appointment = await manager.findOneByOrFail(Appointment, { id: appointmentId });
    const school = await manager.findOneByOrFail(School, { id: appointment.schoolId });
    const withReferences = this.policy.canReadReferences(actor, school);
    const [standing] = await this.status.standings(manager, { appointmentIds: [appointmentId] }, today);
    if (standing) return this.appointmentModel(standing, withReferences);
    return (await this.ended(school.id, today, withReferences)).find((a) => a.id === appointmentId)!;
  }

  async completion(actor: Actor, localAuthorityId?: string): Promise<GovernanceCompletionModel> {
    const la = this.policy.defaultArea(actor, localAuthorityId);
    this.policy.assertCanReadArea(actor, la);
    return this.completionFor(this.dataSource.manager, la, londonToday());
  }

  /** The authority's completion, without policy: for the worker's termly snapshot and the HMI report. */
  async completionFor(manager: EntityManager, localAuthorityId: string, today: IsoDate): Promise<GovernanceCompletionModel> {
    // One after another: the manager may be a transaction's, which runs one query at a time.
    const schools = await manager.findBy(School, { localAuthorityId });
    const standings = await this.status.standings(manager, { localAuthorityIds: [localAuthorityId] }, today);
    const snapshots = await manager.find(CompletionSnapshot, { where: { localAuthorityId }, order: { termStartsOn: 'ASC' } });
    const bySchool = new Map<string, AppointmentStanding[]>();
    for (const s of standings) bySchool.set(s.appointment.schoolId, [...(bySchool.get(s.appointment.schoolId) ?? []), s]);
    const byType: CompletionByTypeModel[] = TYPE_ORDER.flatMap((type) => {
      const ofType = schools.filter((s) => s.typeGroup === type);
      if (!ofType.length) return [];
      const rows = standings.filter((s) => s.schoolType === type);
      const t = tally(rows.flatMap((r) => r.statuses));
      return [{
        schoolTypeGroup: type,
        schools: ofType.length,
        schoolsWithNoRecord: ofType.filter((s) => !bySchool.has(s.id)).length,
        appointments: rows.length,
        tally: t,
        percentDone: percent(t.done, t.required),
      }];
    });
    const all = standings.flatMap((s) => s.statuses);
    const byCheck = Object.values(CheckKind)
      .map((check) => ({ check, tally: tally(all.filter((s) => s.check === check)) }))
      .filter((c) => c.tally.required > 0);
    const schoolsOverdue: SchoolOverdueModel[] = schools
      .map((school) => {
        const rows = (bySchool.get(school.id) ?? []).filter((s) => s.statuses.some((c) => missed(c.state)));
        const late = rows.flatMap((r) => r.statuses.filter((c) => missed(c.state)));
        const dues = late.map((c) => c.dueOn).filter((d): d is string => Boolean(d)).sort();
        return { schoolId: school.id, schoolName: school.name, urn: school.urn, schoolTypeGroup: school.typeGroup, people: rows.length, checks: late.length, oldestDueOn: dues[0] ?? null };
      })
      .filter((s) => s.checks > 0)
      .sort((a, b) => b.checks - a.checks || a.schoolName.localeCompare(b.schoolName));
    const term = defaultTermOf(today);
    const current = byType.map((t) => ({
      termLabel: termLabel(term), termStartsOn: term.startsOn, schoolTypeGroup: t.schoolTypeGroup,
      required: t.tally.required, done: t.tally.done, overdue: t.tally.overdue + t.tally.refused,
    }));
    const past = snapshots.filter((s) => s.termStartsOn < term.startsOn);
    return { localAuthorityId, asOf: today, total: tally(all), byType, byCheck, schoolsOverdue, trend: [...past, ...current] };
  }

  /** One line per school: completion and what is missing, for a spreadsheet. */
  async completionCsv(actor: Actor, localAuthorityId?: string): Promise<string> {
    const la = this.policy.defaultArea(actor, localAuthorityId);
    this.policy.assertCanReadArea(actor, la);
    const today = londonToday();
    const [schools, standings] = await Promise.all([
      this.dataSource.manager.find(School, { where: { localAuthorityId: la }, order: { name: 'ASC' } }),
      this.status.standings(this.dataSource.manager, { localAuthorityIds: [la] }, today),
    ]);
    const lines = [['urn', 'school', 'type', 'rag', 'people', 'required', 'done', 'due', 'overdue', 'refused', 'percent_done', 'oldest_missed_deadline']];
    for (const school of schools) {
      const rows = standings.filter((s) => s.appointment.schoolId === school.id);
      const statuses = rows.flatMap((r) => r.statuses);
      const t = tally(statuses);
      const oldest = statuses.filter((s) => missed(s.state)).map((s) => s.dueOn ?? '').filter(Boolean).sort()[0] ?? '';
      lines.push([String(school.urn), school.name, school.typeGroup, rows.length ? ragOf(statuses.map((s) => s.state)) : Rag.RED,
        String(rows.length), String(t.required), String(t.done), String(t.due), String(t.overdue), String(t.refused),
        String(percent(t.done, t.required) ?? ''), oldest]);
    }
    await this.audit.recordDetached(actor, { action: 'governance.export_completion', entityType: 'LocalAuthority', entityId: la, localAuthorityId: la });
    return toCsv(lines);
  }

  private appointmentModel(s: AppointmentStanding, withReferences: boolean): AppointmentModel {
    return {
      ...s.appointment,
      person: s.person,
      rag: s.rag,
      requiredChecks: s.statuses,
      records: s.records.map((r) => ({
        ...r,
        hasReference: r.reference !== null || r.referenceHash !== null,
        reference: withReferences ? this.record.reference(r) : null,
      })),
    };
  }

  private async ended(schoolId: string, today: IsoDate, withReferences: boolean): Promise<AppointmentModel[]> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(Appointment, 'a')
      .innerJoinAndSelect('a.person', 'p')
      .where('a.schoolId = :schoolId AND a.endedOn <= :today', { schoolId, today })
      .orderBy('a.endedOn', 'DESC')
      .getMany();
    return rows.map((a) => this.appointmentModel({ appointment: a, person: a.person!, schoolType: SchoolTypeGroup.OTHER, statuses: [], records: [], rag: Rag.GREEN }, withReferences))
      .map((m) => ({ ...m, rag: null }));
  }
}
