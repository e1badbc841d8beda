import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditOutcome, AuditService } from '@safeguard/audit';
import { CommonException, ConnectionShape, paginate } from '@safeguard/platform';
import { Actor } from '@safeguard/policy';
import { SharedPressureReportModel } from '../pressure.models';
import { PressureAccess, PressurePolicy } from '../pressure.policy';
import { PressureReportStatus } from '../pressure.enums';
import { PressureReport } from './pressure-report.entity';
import { PressureReportsArgs, SharedPressureReportsArgs } from './pressure-report.inputs';

/** The anonymised form of a report whose school (with only its type group) was loaded: nothing else leaves. */
export function sharedForm(report: PressureReport): SharedPressureReportModel {
  return {
    shareKey: report.shareKey,
    category: report.category,
    curriculumArea: report.curriculumArea,
    month: report.occurredMonth,
    schoolTypeGroup: report.school!.typeGroup,
    summary: report.shareableSummary ?? '',
  };
}

/** Reading reports: each reader sees only what the policy allows; a full read of one report is audited. */
@Injectable()
export class PressureReadsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PressurePolicy,
    private readonly audit: AuditService,
  ) {}

  access(actor: Actor): Promise<PressureAccess> {
    return this.policy.access(this.dataSource.manager, actor);
  }

  /** One report in full; anything the caller may not read is NOT_FOUND, and the attempt is audited. */
  async read(actor: Actor, id: string): Promise<PressureReport> {
    const access = await this.access(actor);
    const report = await this.policy
      .scope(access, this.dataSource.getRepository(PressureReport).createQueryBuilder('r'), 'r')
      .andWhere('r.id = :id', { id })
      .getOne();
    const [owner] = report ? [report] : await this.dataSource.query('SELECT local_authority_id FROM pressure_reports WHERE id = $1', [id]);
    await this.audit.recordDetached(actor, {
      action: 'pressure.read',
      entityType: 'PressureReport',
      entityId: id,
      localAuthorityId: report?.localAuthorityId ?? owner?.local_authority_id ?? null,
      outcome: report ? AuditOutcome.SUCCESS : AuditOutcome.DENIED,
    });
    if (!report) throw CommonException.notFound('The report');
    return report;
  }

  /** Newest first: the school's own for its headteacher and delegates, the area's for its team and HMI. */
  async list(actor: Actor, args: PressureReportsArgs): Promise<ConnectionShape<PressureReport>> {
    const access = await this.access(actor);
    const query = this.policy.scope(access, this.dataSource.getRepository(PressureReport).createQueryBuilder('r'), 'r');
    const f = args.filter ?? {};
    if (f.status) query.andWhere('r.status = :status', { status: f.status });
    if (f.localAuthorityId) query.andWhere('r.localAuthorityId = :la', { la: f.localAuthorityId });
    if (f.schoolId) query.andWhere('r.schoolId = :school', { school: f.schoolId });
    if (f.category) query.andWhere('r.category = :category', { category: f.category });
    if (f.acknowledgementOverdue !== undefined) {
      query.andWhere(`${f.acknowledgementOverdue ? '' : 'NOT '}(r.status = :submitted AND r.acknowledgementDueAt < now())`, {
        submitted: PressureReportStatus.SUBMITTED,
      });
    }
    return paginate(query, { columns: ['r.seq'], keyOf: (r) => [r.seq], direction: 'DESC' }, args);
  }

  /** Reports other schools chose to share, anonymised; most recent month first. */
  async shared(actor: Actor, args: SharedPressureReportsArgs): Promise<ConnectionShape<SharedPressureReportModel>> {
    const access = await this.access(actor);
    const query = this.policy.sharedScope(
      access,
      this.dataSource.getRepository(PressureReport).createQueryBuilder('r').innerJoin('r.school', 's').addSelect(['s.id', 's.typeGroup']),
      'r',
    );
    const f = args.filter ?? {};
    if (f.category) query.andWhere('r.category = :category', { category: f.category });
    if (f.curriculumArea) query.andWhere('r.curriculumArea = :area', { area: f.curriculumArea });
    const page = await paginate(
      query,
      { columns: ['r.occurredMonth', 'r.shareKey'], keyOf: (r) => [r.occurredMonth, r.shareKey], direction: 'DESC' },
      args,
    );
    return { pageInfo: page.pageInfo, edges: page.edges.map((e) => ({ cursor: e.cursor, node: sharedForm(e.node) })) };
  }

  /** The report if the caller may read it, locked; otherwise NOT_FOUND (never confirming it exists). */
  async readableForUpdate(manager: EntityManager, access: PressureAccess, reportId: string): Promise<PressureReport> {
    const report = await manager.findOne(PressureReport, { where: { id: reportId }, lock: { mode: 'pessimistic_write' } });
    if (!report || !this.policy.canRead(access, report)) throw CommonException.notFound('The report');
    return report;
  }

  /** The report locked for the council to act on: NOT_FOUND outside the caller's area, FORBIDDEN for a reader who may not act. */
  async forTeamUpdate(manager: EntityManager, access: PressureAccess, reportId: string): Promise<PressureReport> {
    const report = await manager.findOne(PressureReport, { where: { id: reportId }, lock: { mode: 'pessimistic_write' } });
    if (!report || !this.policy.isAreaReader(access, report.localAuthorityId)) throw CommonException.notFound('The report');
    this.policy.assertCanAct(access, report.localAuthorityId);
    return report;
  }

  /**
   * Rows of `entity` for many reports at once, oldest first, for a DataLoader. It applies no
   * policy: pass only reports the caller has already been allowed to read.
   */
  async rowsByReport<T extends { reportId: string }>(entity: new () => T, orderBy: string[], ids: readonly string[]): Promise<T[][]> {
    const query = this.dataSource.manager.createQueryBuilder(entity, 'x').where('x.reportId IN (:...ids)', { ids: [...ids] });
    orderBy.forEach((column, i) => (i ? query.addOrderBy(`x.${column}`, 'ASC') : query.orderBy(`x.${column}`, 'ASC')));
    const rows = await query.getMany();
    return ids.map((id) => rows.filter((r) => r.reportId === id));
  }

  /** Reports by id, for a DataLoader; no policy (see rowsByReport). */
  byIds(ids: readonly string[]): Promise<PressureReport[]> {
    return this.dataSource.getRepository(PressureReport).findBy({ id: In([...ids]) });
  }
}
