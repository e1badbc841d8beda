import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { School } from '@safeguard/organisations';
import { CommonException, ConnectionShape, paginate } from '@safeguard/platform';
import { Actor } from '@safeguard/policy';
import { SharedPressureReportModel } from '../pressure.models';
import { PressureException, PressureRefusal } from '../pressure.exception';
import { PressureAccess, PressurePolicy } from '../pressure.policy';
import { identifies } from '../reports/identifying-text';
import { PressureNotices } from '../reports/pressure-notices';
import { sharedForm } from '../reports/pressure-reads.service';
import { pressureReference } from '../reports/pressure-reference';
import { PressureReport } from '../reports/pressure-report.entity';
import { PressureCampaign } from './pressure-campaign.entity';
import { CreatePressureCampaignInput, LinkPressureReportsInput, PressureCampaignsArgs, UnlinkPressureReportInput } from './pressure-campaign.inputs';

export interface CampaignReach {
  reportsLinked: number;
  schoolsAffected: number;
}

const schoolsCounted = (n: number) => `${n} school${n === 1 ? '' : 's'}`;

/**
 * Campaigns: the council links reports from its schools that share a source. A linked school
 * learns it is not alone (how many schools, never which); a report appears to the others only in
 * its anonymised form, and only if its reporter chose to share it.
 */
@Injectable()
export class PressureCampaignsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PressurePolicy,
    private readonly notices: PressureNotices,
    private readonly audit: AuditService,
  ) {}

  create(actor: Actor, input: CreatePressureCampaignInput): Promise<PressureCampaign> {
    return this.dataSource.transaction((manager) => this.createIn(manager, actor, input));
  }

  /** `create` in the caller's transaction (the demo seed uses it). */
  async createIn(manager: EntityManager, actor: Actor, input: CreatePressureCampaignInput): Promise<PressureCampaign> {
    const access = await this.policy.access(manager, actor);
    const reports = await this.reportsForTeam(manager, access, input.reportIds);
    const localAuthorityId = reports[0].localAuthorityId;
    if (reports.some((r) => r.localAuthorityId !== localAuthorityId)) {
      throw CommonException.invalidInput('reportIds', 'A campaign links reports of one local authority');
    }
    const name = input.name.trim();
    const description = input.description.trim();
    if (name.length < 3) throw CommonException.invalidInput('name', 'Give the campaign a name');
    if (description.length < 3) throw CommonException.invalidInput('description', 'Say what links the reports');
    await this.assertNamesNoSchool(manager, { name, description }, reports);
    const campaign = await manager.save(manager.create(PressureCampaign, { localAuthorityId, name, description, createdById: actor.userId! }));
    await this.attach(manager, actor, campaign, reports, 'pressure.create_campaign');
    return campaign;
  }

  async link(actor: Actor, input: LinkPressureReportsInput): Promise<PressureCampaign> {
    return this.dataSource.transaction(async (manager) => {
      const access = await this.policy.access(manager, actor);
      const campaign = await manager.findOne(PressureCampaign, { where: { id: input.campaignId }, lock: { mode: 'pessimistic_write' } });
      if (!campaign || !this.policy.isAreaReader(access, campaign.localAuthorityId)) throw CommonException.notFound('The campaign');
      this.policy.assertCanAct(access, campaign.localAuthorityId);
      const reports = (await this.reportsForTeam(manager, access, input.reportIds, campaign.id)).filter((r) => r.campaignId !== campaign.id);
      if (reports.some((r) => r.localAuthorityId !== campaign.localAuthorityId)) throw CommonException.notFound('The report');
      if (reports.length) {
        await this.assertNamesNoSchool(manager, campaign, reports);
        await this.attach(manager, actor, campaign, reports, 'pressure.link_to_campaign');
      }
      return campaign;
    });
  }

  async unlink(actor: Actor, input: UnlinkPressureReportInput): Promise<PressureReport> {
    return this.dataSource.transaction(async (manager) => {
      const access = await this.policy.access(manager, actor);
      const [report] = await this.reportsForTeam(manager, access, [input.reportId], null);
      if (!report.campaignId) throw new PressureException(PressureRefusal.WRONG_STATUS, 'This report is not part of a campaign');
      const campaignId = report.campaignId;
      report.campaignId = null;
      await manager.save(report);
      const reference = pressureReference(report.seq);
      await this.audit.record(manager, actor, {
        action: 'pressure.unlink_from_campaign',
        entityType: 'PressureCampaign',
        entityId: campaignId,
        localAuthorityId: report.localAuthorityId,
        details: { reportId: report.id, reference },
      });
      await this.notices.toSchool(manager, report, 'pressure.campaign_unlinked', `The council no longer counts report ${reference} as part of a campaign`);
      return report;
    });
  }

  /** Newest first, for the authority's team and HMI. */
  async list(actor: Actor, args: PressureCampaignsArgs): Promise<ConnectionShape<PressureCampaign>> {
    const access = await this.policy.access(this.dataSource.manager, actor);
    const la = this.policy.defaultArea(access, args.localAuthorityId);
    const query = this.dataSource.getRepository(PressureCampaign).createQueryBuilder('c').where('c.localAuthorityId = :la', { la });
    return paginate(query, { columns: ['c.createdAt', 'c.id'], keyOf: (c) => [c.createdAt.toISOString(), c.id], direction: 'DESC' }, args);
  }

  /** A campaign, for the authority's team and HMI, or a school whose report is linked to it; otherwise NOT_FOUND. */
  async read(actor: Actor, id: string): Promise<PressureCampaign> {
    const access = await this.policy.access(this.dataSource.manager, actor);
    const campaign = await this.dataSource.getRepository(PressureCampaign).findOneBy({ id });
    if (campaign && this.policy.isAreaReader(access, campaign.localAuthorityId)) return campaign;
    if (campaign && access.schools.length) {
      const linked = await this.dataSource.getRepository(PressureReport).countBy({ campaignId: id, schoolId: In(access.schools) });
      if (linked) return campaign;
    }
    throw CommonException.notFound('The campaign');
  }

  /** How many reports and schools each campaign links, for a DataLoader. */
  async reach(campaignIds: readonly string[]): Promise<CampaignReach[]> {
    const rows: Array<{ campaign_id: string; reports: number; schools: number }> = await this.dataSource.query(
      `SELECT campaign_id, count(*)::int AS reports, count(DISTINCT school_id)::int AS schools
         FROM pressure_reports WHERE campaign_id = ANY($1::uuid[]) GROUP BY campaign_id`,
      [[...campaignIds]],
    );
    return campaignIds.map((id) => {
      const row = rows.find((r) => r.campaign_id === id);
      return { reportsLinked: row?.reports ?? 0, schoolsAffected: row?.schools ?? 0 };
    });
  }

  /** The linked reports other schools may see, anonymised (never the caller's own school's), for a DataLoader. */
  async sharedReports(access: PressureAccess, campaignIds: readonly string[]): Promise<SharedPressureReportModel[][]> {
    const rows = await this.policy
      .sharedScope(
        access,
        this.dataSource.getRepository(PressureReport).createQueryBuilder('r').innerJoin('r.school', 's').addSelect(['s.id', 's.typeGroup']),
        'r',
      )
      .andWhere('r.campaignId IN (:...campaignIds)', { campaignIds: [...campaignIds] })
      .orderBy('r.occurredMonth', 'DESC')
      .addOrderBy('r.shareKey', 'ASC')
      .getMany();
    return campaignIds.map((id) => rows.filter((r) => r.campaignId === id).map(sharedForm));
  }

  /** Every linked report, for a DataLoader; pass only campaigns whose area the caller reads. */
  async reports(campaignIds: readonly string[]): Promise<PressureReport[][]> {
    const rows = await this.dataSource.getRepository(PressureReport).find({ where: { campaignId: In([...campaignIds]) }, order: { seq: 'ASC' } });
    return campaignIds.map((id) => rows.filter((r) => r.campaignId === id));
  }

  byIds(ids: readonly string[]): Promise<PressureCampaign[]> {
    return this.dataSource.getRepository(PressureCampaign).findBy({ id: In([...ids]) });
  }

  /**
   * The reports, locked, for the council to link: NOT_FOUND outside the caller's area, FORBIDDEN
   * for a reader who may not act, CONFLICT for one in another campaign than `keep` (undefined:
   * any campaign counts; null: campaigns are not checked).
   */
  private async reportsForTeam(manager: EntityManager, access: PressureAccess, ids: string[], keep?: string | null): Promise<PressureReport[]> {
    const reports = await manager.find(PressureReport, { where: { id: In(ids) }, order: { seq: 'ASC' }, lock: { mode: 'pessimistic_write' } });
    for (const id of ids) {
      const report = reports.find((r) => r.id === id);
      if (!report || !this.policy.isAreaReader(access, report.localAuthorityId)) throw CommonException.notFound('The report');
      this.policy.assertCanAct(access, report.localAuthorityId);
      if (keep !== null && report.campaignId && report.campaignId !== keep) {
        throw new PressureException(
          PressureRefusal.IN_ANOTHER_CAMPAIGN,
          `Report ${pressureReference(report.seq)} is already part of another campaign; unlink it first`,
          'reportIds',
        );
      }
    }
    return reports;
  }

  /** Campaign text is shown to every linked school, so it may name none of them. */
  private async assertNamesNoSchool(manager: EntityManager, text: { name: string; description: string }, reports: PressureReport[]): Promise<void> {
    const schools = await manager.findBy(School, { id: In([...new Set(reports.map((r) => r.schoolId))]) });
    for (const field of ['name', 'description'] as const) {
      if (schools.some((s) => identifies(text[field], { schoolName: s.name, urn: s.urn, people: [] }))) {
        throw new PressureException(PressureRefusal.IDENTIFIES_SCHOOL, 'Every linked school sees the campaign: name none of them', field);
      }
    }
  }

  private async attach(manager: EntityManager, actor: Actor, campaign: PressureCampaign, reports: PressureReport[], action: string): Promise<void> {
    const before = await manager.query('SELECT DISTINCT school_id FROM pressure_reports WHERE campaign_id = $1', [campaign.id]);
    await manager.update(PressureReport, { id: In(reports.map((r) => r.id)) }, { campaignId: campaign.id });
    const [{ schools }] = await manager.query('SELECT count(DISTINCT school_id)::int AS schools FROM pressure_reports WHERE campaign_id = $1', [campaign.id]);
    await this.audit.record(manager, actor, {
      action,
      entityType: 'PressureCampaign',
      entityId: campaign.id,
      localAuthorityId: campaign.localAuthorityId,
      details: { reportIds: reports.map((r) => r.id), schoolsAffected: schools },
    });
    const linked = new Set(reports.map((r) => r.id));
    for (const report of reports) {
      await this.notices.toSchool(manager, report, 'pressure.campaign_linked',
        `Report ${pressureReference(report.seq)} is part of a campaign the council is tracking across ${schoolsCounted(schools)}`);
    }
    // Schools already in the campaign hear that it has grown (once per school, whichever of their reports).
    if (schools > before.length) {
      const earlier = await manager.find(PressureReport, { where: { campaignId: campaign.id }, order: { seq: 'ASC' } });
      const told = new Set(reports.map((r) => r.schoolId));
      for (const report of earlier.filter((r) => !linked.has(r.id))) {
        if (told.has(report.schoolId)) continue;
        told.add(report.schoolId);
        await this.notices.toSchool(manager, report, 'pressure.campaign_grew',
          `The campaign report ${pressureReference(report.seq)} is part of now affects ${schoolsCounted(schools)}`);
      }
    }
  }
}
