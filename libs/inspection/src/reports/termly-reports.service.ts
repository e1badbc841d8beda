import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { londonToday } from '@safeguard/calendar';
import { CommonException } from '@safeguard/platform';
import { Actor, Role } from '@safeguard/policy';
import { ReportTerm } from '../figures/report-figures';
import { TermlyFiguresService } from '../figures/termly-figures.service';
import { InspectionPolicy } from '../inspection.policy';
import { REPORT_RECIPIENTS, ReportStatus } from '../inspection.enums';
import { TermCalendar } from '../terms/term-calendar.service';
import { BuildTermlyReportInput, RespondToTermlyReportInput, WriteTermlyReportInput } from './report.inputs';
import { TermlyReport } from './termly-report.entity';

const SECTION_KEYS = new Set(['cme', 'ehe', 'notFullTime', 'concerns', 'governance', 'prevent', 'pressure']);

/** Building, writing, responding to and submitting termly reports. */
@Injectable()
export class TermlyReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: InspectionPolicy,
    private readonly terms: TermCalendar,
    private readonly figures: TermlyFiguresService,
    private readonly audit: AuditService,
  ) {}

  /** The HMI builds (or rebuilds) the draft for a term: its figures are replaced, its words kept. */
  async build(actor: Actor, input: BuildTermlyReportInput): Promise<TermlyReport> {
    const la = input.localAuthorityId ?? this.onlyArea(actor);
    this.policy.assertAssignedHmi(actor, la);
    return this.dataSource.transaction(async (manager) => {
      const term = await this.terms.termOf(manager, input.termDay ?? londonToday());
      const report = await this.buildIn(manager, la, term, actor.userId);
      await this.audit.record(manager, actor, {
        action: 'inspection.build_report', entityType: 'TermlyReport', entityId: report.id, localAuthorityId: la, details: { term: term.label, version: report.version },
      });
      return report;
    });
  }

  /** Builds the latest draft for a term (or the first version) in the caller's transaction; refuses a submitted one. */
  async buildIn(manager: EntityManager, localAuthorityId: string, term: ReportTerm, hmiUserId: string | null): Promise<TermlyReport> {
    // One builder per authority and term at a time: the worker and an HMI may both try.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`termly-report:${localAuthorityId}:${term.startsOn}`]);
    const latest = await this.latest(manager, localAuthorityId, term.startsOn, true);
    if (latest?.status === ReportStatus.SUBMITTED) {
      throw CommonException.conflict('This term’s report has been submitted; start a correction to change it');
    }
    const figures = await this.figures.build(manager, localAuthorityId, await this.terms.lastFour(manager, term));
    const report = latest ?? manager.create(TermlyReport, {
      localAuthorityId, termStartsOn: term.startsOn, termEndsOn: term.endsOn, termLabel: term.label, version: 1, correctsReportId: null,
      status: ReportStatus.DRAFT, narratives: [], recommendations: null, laResponse: null, hmiUserId,
    });
    report.figures = figures;
    report.builtAt = new Date();
    if (hmiUserId) report.hmiUserId = hmiUserId;
    return manager.save(report);
  }

  /** A correction of a submitted report: a new draft version that names the one it corrects. */
  async startCorrection(actor: Actor, reportId: string): Promise<TermlyReport> {
    return this.dataSource.transaction(async (manager) => {
      const old = await this.readable(manager, actor, reportId);
      this.policy.assertAssignedHmi(actor, old.localAuthorityId);
      if (old.status !== ReportStatus.SUBMITTED) throw CommonException.conflict('Only a submitted report is corrected; edit the draft');
      const latest = await this.latest(manager, old.localAuthorityId, old.termStartsOn);
      if (latest!.id !== old.id) throw CommonException.conflict('A later version exists; correct that one');
      const term = { label: old.termLabel, startsOn: old.termStartsOn, endsOn: old.termEndsOn };
      const report = await manager.save(
        manager.create(TermlyReport, {
          localAuthorityId: old.localAuthorityId, termStartsOn: old.termStartsOn, termEndsOn: old.termEndsOn, termLabel: old.termLabel,
          version: old.version + 1, correctsReportId: old.id, status: ReportStatus.DRAFT, narratives: old.narratives,
          recommendations: old.recommendations, laResponse: null, hmiUserId: actor.userId, builtAt: new Date(),
          figures: await this.figures.build(manager, old.localAuthorityId, await this.terms.lastFour(manager, term)),
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'inspection.start_correction', entityType: 'TermlyReport', entityId: report.id, localAuthorityId: report.localAuthorityId, details: { corrects: old.id },
      });
      return report;
    });
  }

  async write(actor: Actor, input: WriteTermlyReportInput): Promise<TermlyReport> {
    return this.dataSource.transaction(async (manager) => {
      const report = await this.draftFor(manager, actor, input.reportId);
      this.policy.assertAssignedHmi(actor, report.localAuthorityId);
      for (const section of input.sections ?? []) {
        if (!SECTION_KEYS.has(section.sectionKey)) throw CommonException.invalidInput('sections.sectionKey', `No section ${section.sectionKey}`);
        report.narratives = [...report.narratives.filter((n) => n.sectionKey !== section.sectionKey), { ...section, narrative: section.narrative.trim() }];
      }
      if (input.recommendations !== undefined) report.recommendations = input.recommendations?.trim() || null;
      await manager.save(report);
      await this.audit.record(manager, actor, {
        action: 'inspection.write_report', entityType: 'TermlyReport', entityId: report.id, localAuthorityId: report.localAuthorityId,
        details: { sections: (input.sections ?? []).map((s) => s.sectionKey), recommendations: input.recommendations !== undefined },
      });
      return report;
    });
  }

  async respond(actor: Actor, input: RespondToTermlyReportInput): Promise<TermlyReport> {
    return this.dataSource.transaction(async (manager) => {
      const report = await this.draftFor(manager, actor, input.reportId);
      this.policy.assertLaManager(actor, report.localAuthorityId);
      report.laResponse = input.response.trim() || null;
      await manager.save(report);
      await this.audit.record(manager, actor, {
        action: 'inspection.respond_to_report', entityType: 'TermlyReport', entityId: report.id, localAuthorityId: report.localAuthorityId,
      });
      return report;
    });
  }

  /** Freezes the draft: figures and words become a snapshot with a content hash; nothing changes it after. */
  async submit(actor: Actor, reportId: string): Promise<TermlyReport> {
    return this.dataSource.transaction(async (manager) => {
      const report = await this.draftFor(manager, actor, reportId);
      this.policy.assertAssignedHmi(actor, report.localAuthorityId);
      report.status = ReportStatus.SUBMITTED;
      report.submittedAt = new Date();
      report.submittedById = actor.userId;
      report.recipients = [...REPORT_RECIPIENTS];
      report.contentHash = contentHashOf(report);
      await manager.save(report);
      await this.audit.record(manager, actor, {
        action: 'inspection.submit_report', entityType: 'TermlyReport', entityId: report.id, localAuthorityId: report.localAuthorityId,
        details: { version: report.version, contentHash: report.contentHash, recipients: report.recipients },
      });
      return report;
    });
  }

  read(actor: Actor, id: string): Promise<TermlyReport> {
    return this.readable(this.dataSource.manager, actor, id);
  }

  /** Reports the caller may read, newest term first. */
  async list(actor: Actor, localAuthorityId?: string): Promise<TermlyReport[]> {
    const areas = actor.localAuthorityIds(Role.HMI, Role.LA_MANAGER);
    const query = this.dataSource.manager.createQueryBuilder(TermlyReport, 'r').orderBy('r.termStartsOn', 'DESC').addOrderBy('r.version', 'DESC');
    if (localAuthorityId) query.andWhere('r.localAuthorityId = :la', { la: localAuthorityId });
    const ofsted = actor.hasRole(Role.OFSTED_READER);
    if (!areas.length && !ofsted) return [];
    query.andWhere(
      areas.length && ofsted
        ? "(r.localAuthorityId IN (:...areas) OR r.status = 'SUBMITTED')"
        : areas.length ? 'r.localAuthorityId IN (:...areas)' : "r.status = 'SUBMITTED'",
      { areas },
    );
    return query.getMany();
  }

  private async readable(manager: EntityManager, actor: Actor, id: string): Promise<TermlyReport> {
    const report = await manager.findOneBy(TermlyReport, { id });
    if (!report || !this.policy.canRead(actor, report)) throw CommonException.notFound('The report');
    return report;
  }

  private async draftFor(manager: EntityManager, actor: Actor, id: string): Promise<TermlyReport> {
    const report = await manager.findOne(TermlyReport, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!report || !this.policy.canRead(actor, report)) throw CommonException.notFound('The report');
    if (report.status !== ReportStatus.DRAFT) throw CommonException.conflict('A submitted report is frozen; start a correction');
    return report;
  }

  /** The newest version for a term; locked when about to be rebuilt, so a submission cannot slip in between. */
  private latest(manager: EntityManager, localAuthorityId: string, termStartsOn: string, lock = false): Promise<TermlyReport | null> {
    return manager.findOne(TermlyReport, {
      where: { localAuthorityId, termStartsOn }, order: { version: 'DESC' }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  private onlyArea(actor: Actor): string {
    const areas = this.policy.assignedAreas(actor);
    if (areas.length === 1) return areas[0];
    throw CommonException.invalidInput('localAuthorityId', 'Say which local authority');
  }
}

/** SHA-256 over the report's content in a canonical form (sorted keys), so anyone can recompute it. */
export function contentHashOf(report: TermlyReport): string {
  const content = {
    localAuthorityId: report.localAuthorityId, term: { label: report.termLabel, startsOn: report.termStartsOn, endsOn: report.termEndsOn },
    version: report.version, correctsReportId: report.correctsReportId, figures: report.figures, narratives: report.narratives,
    recommendations: report.recommendations, laResponse: report.laResponse, submittedAt: report.submittedAt?.toISOString() ?? null,
    recipients: report.recipients,
  };
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    // Keys sorted, and absent values left out, as jsonb stores them: the hash is the same read back.
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
