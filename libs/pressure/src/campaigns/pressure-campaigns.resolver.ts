import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { requestLoader } from '@safeguard/platform';
import type { GraphQLRequestContext } from '@safeguard/platform';
import { Actor, Authorize, CurrentActor, Permission } from '@safeguard/policy';
import { PressureCampaignConnection, PressureCampaignModel, PressureReportModel, SharedPressureReportModel } from '../pressure.models';
import { PressurePolicy } from '../pressure.policy';
import { PressureReport } from '../reports/pressure-report.entity';
import { PressureCampaign } from './pressure-campaign.entity';
import { CreatePressureCampaignInput, LinkPressureReportsInput, PressureCampaignsArgs, UnlinkPressureReportInput } from './pressure-campaign.inputs';
import { CampaignReach, PressureCampaignsService } from './pressure-campaigns.service';

@Resolver(() => PressureCampaignModel)
export class PressureCampaignsResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly campaigns: PressureCampaignsService,
    private readonly policy: PressurePolicy,
  ) {}

  @Query(() => PressureCampaignConnection, { description: 'The authority’s campaigns, newest first (its officers, managers and HMI).' })
  @Authorize(Permission.ReadPressureReports)
  pressureCampaigns(@CurrentActor() actor: Actor, @Args() args: PressureCampaignsArgs) {
    return this.campaigns.list(actor, args);
  }

  @Query(() => PressureCampaignModel, { description: 'One campaign: for the authority’s team and HMI, and for the schools whose reports it links; otherwise NOT_FOUND.' })
  @Authorize(Permission.ReadPressureReports)
  pressureCampaign(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The campaign.' }) id: string) {
    return this.campaigns.read(actor, id);
  }

  @Mutation(() => PressureCampaignModel, { description: 'Links reports from schools of your authority into a new campaign; each linked school is told it is not alone.' })
  @Authorize(Permission.ActOnPressureReports)
  createPressureCampaign(@CurrentActor() actor: Actor, @Args('input', { description: 'The campaign and its reports.' }) input: CreatePressureCampaignInput) {
    return this.campaigns.create(actor, input);
  }

  @Mutation(() => PressureCampaignModel, { description: 'Links more reports to a campaign of your authority.' })
  @Authorize(Permission.ActOnPressureReports)
  linkPressureReportsToCampaign(@CurrentActor() actor: Actor, @Args('input', { description: 'The campaign and the reports.' }) input: LinkPressureReportsInput) {
    return this.campaigns.link(actor, input);
  }

  @Mutation(() => PressureReportModel, { description: 'Takes a report out of its campaign. Returns the report.' })
  @Authorize(Permission.ActOnPressureReports)
  unlinkPressureReportFromCampaign(@CurrentActor() actor: Actor, @Args('input', { description: 'The report.' }) input: UnlinkPressureReportInput) {
    return this.campaigns.unlink(actor, input);
  }

  @ResolveField('schoolsAffected', () => Int, { description: 'How many schools’ reports it links (never which).' })
  async schoolsAffected(@Parent() campaign: PressureCampaign, @Context() context: GraphQLRequestContext): Promise<number> {
    return (await this.reach(context, campaign.id)).schoolsAffected;
  }

  @ResolveField('reportsLinked', () => Int, { description: 'How many reports it links.' })
  async reportsLinked(@Parent() campaign: PressureCampaign, @Context() context: GraphQLRequestContext): Promise<number> {
    return (await this.reach(context, campaign.id)).reportsLinked;
  }

  @ResolveField('sharedReports', () => [SharedPressureReportModel], {
    description: 'Linked reports from other schools whose reporters chose to share them, anonymised.',
  })
  sharedReports(@Parent() campaign: PressureCampaign, @CurrentActor() actor: Actor, @Context() context: GraphQLRequestContext): Promise<SharedPressureReportModel[]> {
    return requestLoader<string, SharedPressureReportModel[]>(context, 'pressureCampaignShared', async (ids) =>
      this.campaigns.sharedReports(await this.policy.access(this.dataSource.manager, actor), ids),
    ).load(campaign.id);
  }

  @ResolveField('reports', () => [PressureReportModel], {
    nullable: true,
    description: 'Every linked report in full: for the authority’s team and HMI; null for schools.',
  })
  reports(@Parent() campaign: PressureCampaign, @CurrentActor() actor: Actor, @Context() context: GraphQLRequestContext): Promise<PressureReport[]> | null {
    if (!this.policy.areasOf(actor).includes(campaign.localAuthorityId)) return null;
    return requestLoader<string, PressureReport[]>(context, 'pressureCampaignReports', (ids) => this.campaigns.reports(ids)).load(campaign.id);
  }

  private reach(context: GraphQLRequestContext, campaignId: string): Promise<CampaignReach> {
    return requestLoader<string, CampaignReach>(context, 'pressureCampaignReach', (ids) => this.campaigns.reach(ids)).load(campaignId);
  }
}
