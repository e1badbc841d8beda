import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { londonToday } from '@safeguard/calendar';
import { CommonException } from '@safeguard/platform';
import { Actor } from '@safeguard/policy';
import { authorityTeamRoom, publishOnCommit } from '@safeguard/realtime';
import { PRESSURE_ACTION_LABELS, PressureDeadlineKind, PressureReportStatus } from '../pressure.enums';
import { PressureException, PressureRefusal } from '../pressure.exception';
import { PressurePolicy } from '../pressure.policy';
import { PressureDeadlinesService } from '../deadlines/pressure-deadlines.service';
import { PressureNotices } from '../reports/pressure-notices';
import { PressureReadsService } from '../reports/pressure-reads.service';
import { pressureReference } from '../reports/pressure-reference';
import { PressureReport } from '../reports/pressure-report.entity';
import { PressureAction } from './pressure-action.entity';
import { AcknowledgePressureReportInput, RecordPressureActionInput, ResolvePressureReportInput } from './pressure-workflow.inputs';

const wrongStatus = (message: string) => new PressureException(PressureRefusal.WRONG_STATUS, message);

/**
 * The council's side of a report: SUBMITTED → ACKNOWLEDGED (within two working days) →
 * ACTION_IN_PROGRESS (from the first action) → RESOLVED. The school's side hears of every step.
 */
@Injectable()
export class PressureWorkflowService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PressurePolicy,
    private readonly reads: PressureReadsService,
    private readonly deadlines: PressureDeadlinesService,
    private readonly notices: PressureNotices,
    private readonly audit: AuditService,
  ) {}

  acknowledge(actor: Actor, input: AcknowledgePressureReportInput, now = new Date()): Promise<PressureReport> {
    return this.dataSource.transaction((manager) => this.acknowledgeIn(manager, actor, input, now));
  }

  async acknowledgeIn(manager: EntityManager, actor: Actor, input: AcknowledgePressureReportInput, now: Date): Promise<PressureReport> {
    const report = await this.reads.forTeamUpdate(manager, await this.policy.access(manager, actor), input.reportId);
    if (report.status !== PressureReportStatus.SUBMITTED) throw wrongStatus('This report has already been acknowledged');
    report.status = PressureReportStatus.ACKNOWLEDGED;
    report.acknowledgedAt = now;
    report.acknowledgedById = actor.userId;
    report.acknowledgementNote = input.note?.trim() || null;
    await manager.save(report);
    await this.deadlines.meet(manager, report.id, PressureDeadlineKind.ACKNOWLEDGEMENT, now);
    const reference = pressureReference(report.seq);
    await this.audit.record(manager, actor, {
      action: 'pressure.acknowledge',
      entityType: 'PressureReport',
      entityId: report.id,
      localAuthorityId: report.localAuthorityId,
      details: { reference, late: now.getTime() > report.acknowledgementDueAt.getTime() },
    });
    await publishOnCommit(manager, { room: authorityTeamRoom(report.localAuthorityId), event: 'pressure.acknowledged', payload: { reportId: report.id, reference } });
    await this.notices.toSchool(manager, report, 'pressure.acknowledged', `The council has acknowledged report ${reference}`);
    return report;
  }

  recordAction(actor: Actor, input: RecordPressureActionInput, now = new Date()): Promise<PressureReport> {
    return this.dataSource.transaction((manager) => this.recordActionIn(manager, actor, input, now));
  }

  /** Records an action; the first moves the report to ACTION_IN_PROGRESS. Returns the report. */
  async recordActionIn(manager: EntityManager, actor: Actor, input: RecordPressureActionInput, now: Date): Promise<PressureReport> {
    const report = await this.reads.forTeamUpdate(manager, await this.policy.access(manager, actor), input.reportId);
    if (report.status === PressureReportStatus.SUBMITTED) throw wrongStatus('Acknowledge the report before recording actions');
    if (report.status === PressureReportStatus.RESOLVED) throw wrongStatus('This report is resolved');
    if (input.takenOn > londonToday(now)) throw CommonException.invalidInput('takenOn', 'takenOn cannot be in the future');
    const note = input.note.trim();
    if (note.length < 3) throw CommonException.invalidInput('note', 'Say what was done');
    const action = await manager.save(
      manager.create(PressureAction, {
        reportId: report.id, localAuthorityId: report.localAuthorityId, kind: input.kind, takenOn: input.takenOn, note, recordedById: actor.userId!,
      }),
    );
    if (report.status === PressureReportStatus.ACKNOWLEDGED) {
      report.status = PressureReportStatus.ACTION_IN_PROGRESS;
      report.actionStartedAt = now;
      await manager.save(report);
    }
    const reference = pressureReference(report.seq);
    await this.audit.record(manager, actor, {
      action: 'pressure.record_action',
      entityType: 'PressureReport',
      entityId: report.id,
      localAuthorityId: report.localAuthorityId,
      details: { reference, actionId: action.id, kind: action.kind, takenOn: action.takenOn },
    });
    await this.notices.toSchool(manager, report, 'pressure.action_recorded', `The council recorded ${PRESSURE_ACTION_LABELS[action.kind]} on report ${reference}`);
    return report;
  }

  resolve(actor: Actor, input: ResolvePressureReportInput, now = new Date()): Promise<PressureReport> {
    return this.dataSource.transaction((manager) => this.resolveIn(manager, actor, input, now));
  }

  async resolveIn(manager: EntityManager, actor: Actor, input: ResolvePressureReportInput, now: Date): Promise<PressureReport> {
    const report = await this.reads.forTeamUpdate(manager, await this.policy.access(manager, actor), input.reportId);
    if (report.status === PressureReportStatus.RESOLVED) throw wrongStatus('This report is already resolved');
    if (report.status !== PressureReportStatus.ACTION_IN_PROGRESS) {
      throw wrongStatus('Record at least one action (what the council did) before resolving the report');
    }
    const outcome = input.outcomeSummary.trim();
    if (outcome.length < 10) throw CommonException.invalidInput('outcomeSummary', 'Say what came of it');
    report.status = PressureReportStatus.RESOLVED;
    report.resolvedAt = now;
    report.resolvedById = actor.userId;
    report.outcomeSummary = outcome;
    await manager.save(report);
    const reference = pressureReference(report.seq);
    await this.audit.record(manager, actor, {
      action: 'pressure.resolve',
      entityType: 'PressureReport',
      entityId: report.id,
      localAuthorityId: report.localAuthorityId,
      details: { reference },
    });
    await this.notices.toSchool(manager, report, 'pressure.resolved', `The council has resolved report ${reference}; read the outcome`);
    return report;
  }
}
