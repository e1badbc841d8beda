import { Args, Context, Float, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { School, SchoolModel, SchoolsService } from '@safeguard/organisations';
import { byKeys, requestLoader } from '@safeguard/platform';
import type { GraphQLRequestContext } from '@safeguard/platform';
import { Actor, Authorize, CurrentActor, Permission } from '@safeguard/policy';
import { PressureAttachment } from '../attachments/pressure-attachment.entity';
import { PressureCampaign } from '../campaigns/pressure-campaign.entity';
import { PressureCampaignsService } from '../campaigns/pressure-campaigns.service';
import {
  PressureActionModel, PressureAdditionModel, PressureAttachmentModel, PressureCampaignModel, PressureReportConnection, PressureReportModel,
  SharedPressureReportConnection,
} from '../pressure.models';
import { PressureReportStatus } from '../pressure.enums';
import { PressureAction } from '../workflow/pressure-action.entity';
import { PressureAddition } from './pressure-addition.entity';
import { PressureReadsService } from './pressure-reads.service';
import { pressureReference } from './pressure-reference';
import { PressureReport } from './pressure-report.entity';
import { AddToPressureReportInput, PressureReportsArgs, ReportPressureInput, SharedPressureReportsArgs } from './pressure-report.inputs';
import { PressureReportingService } from './pressure-reporting.service';

const HOUR_MS = 3_600_000;

@Resolver(() => PressureReportModel)
export class PressureReportsResolver {
  constructor(
    private readonly reads: PressureReadsService,
    private readonly reporting: PressureReportingService,
    private readonly campaigns: PressureCampaignsService,
    private readonly schools: SchoolsService,
  ) {}

  @Query(() => PressureReportModel, { description: 'One report in full, if you may read it (an audited read); otherwise NOT_FOUND.' })
  @Authorize(Permission.ReadPressureReports)
  pressureReport(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The report.' }) id: string) {
    return this.reads.read(actor, id);
  }

  @Query(() => PressureReportConnection, {
    description: 'Reports you read in full, newest first: your school’s as its headteacher or named delegate; your authority’s as its officer, manager or HMI.',
  })
  @Authorize(Permission.ReadPressureReports)
  pressureReports(@CurrentActor() actor: Actor, @Args() args: PressureReportsArgs) {
    return this.reads.list(actor, args);
  }

  @Query(() => SharedPressureReportConnection, {
    description: 'Reports other schools chose to share, anonymised (no school, names, links or attachments), latest month first.',
  })
  @Authorize(Permission.ReadPressureReports)
  sharedPressureReports(@CurrentActor() actor: Actor, @Args() args: SharedPressureReportsArgs) {
    return this.reads.shared(actor, args);
  }

  @Mutation(() => PressureReportModel, {
    description: 'Reports intimidation or pressure for your school (its headteacher or a named delegate). The council acknowledges it within two working days.',
  })
  @Authorize(Permission.ReportPressure)
  reportPressure(@CurrentActor() actor: Actor, @Args('input', { description: 'The report.' }) input: ReportPressureInput) {
    return this.reporting.report(actor, input);
  }

  @Mutation(() => PressureAdditionModel, { description: 'Adds information to your school’s report at any time; reports are never edited (each addition is audited).' })
  @Authorize(Permission.ReportPressure)
  addToPressureReport(@CurrentActor() actor: Actor, @Args('input', { description: 'What to add.' }) input: AddToPressureReportInput) {
    return this.reporting.addTo(actor, input);
  }

  @ResolveField('reference', () => String, { description: 'The reference to quote, e.g. PR-17.' })
  reference(@Parent() report: PressureReport): string {
    return pressureReference(report.seq);
  }

  @ResolveField('acknowledgementOverdue', () => Boolean, { description: 'Whether the acknowledgement is late: not made by its deadline.' })
  acknowledgementOverdue(@Parent() report: PressureReport): boolean {
    return (report.acknowledgedAt ?? new Date()).getTime() > report.acknowledgementDueAt.getTime();
  }

  @ResolveField('hoursUntilAcknowledgementDue', () => Float, {
    nullable: true,
    description: 'Time left before the acknowledgement deadline, in hours; negative once overdue; null once acknowledged.',
  })
  hoursUntilAcknowledgementDue(@Parent() report: PressureReport): number | null {
    if (report.status !== PressureReportStatus.SUBMITTED) return null;
    return Math.round(((report.acknowledgementDueAt.getTime() - Date.now()) / HOUR_MS) * 10) / 10;
  }

  @ResolveField('school', () => SchoolModel, { description: 'The reporting school.' })
  async school(@Parent() report: PressureReport, @Context() context: GraphQLRequestContext): Promise<School> {
    const school = await requestLoader<string, School | null>(context, 'pressureSchool', async (ids) =>
      byKeys(ids, await this.schools.schoolsByIds(ids), (s) => s.id),
    ).load(report.schoolId);
    return school!;
  }

  @ResolveField('additions', () => [PressureAdditionModel], { description: 'Information added after the report was sent, oldest first.' })
  additions(@Parent() report: PressureReport, @Context() context: GraphQLRequestContext): Promise<PressureAddition[]> {
    return requestLoader<string, PressureAddition[]>(context, 'pressureAdditions', (ids) =>
      this.reads.rowsByReport(PressureAddition, ['createdAt', 'id'], ids),
    ).load(report.id);
  }

  @ResolveField('actions', () => [PressureActionModel], { description: 'What the council did, in date order.' })
  actions(@Parent() report: PressureReport, @Context() context: GraphQLRequestContext): Promise<PressureAction[]> {
    return requestLoader<string, PressureAction[]>(context, 'pressureActions', (ids) =>
      this.reads.rowsByReport(PressureAction, ['takenOn', 'createdAt', 'id'], ids),
    ).load(report.id);
  }

  @ResolveField('attachments', () => [PressureAttachmentModel], { description: 'Evidence attached (screenshots, PDFs), oldest first.' })
  async attachments(@Parent() report: PressureReport, @Context() context: GraphQLRequestContext): Promise<PressureAttachmentModel[]> {
    const rows = await requestLoader<string, PressureAttachment[]>(context, 'pressureAttachments', (ids) =>
      this.reads.rowsByReport(PressureAttachment, ['createdAt', 'id'], ids),
    ).load(report.id);
    return rows.map((a) => ({ ...a, downloadPath: `/pressure-attachments/${a.id}` }));
  }

  @ResolveField('campaign', () => PressureCampaignModel, {
    nullable: true,
    description: 'The campaign the council linked this report to: how many schools it affects, never which.',
  })
  campaign(@Parent() report: PressureReport, @Context() context: GraphQLRequestContext): Promise<PressureCampaign | null> | null {
    if (!report.campaignId) return null;
    return requestLoader<string, PressureCampaign | null>(context, 'pressureCampaign', async (ids) =>
      byKeys(ids, await this.campaigns.byIds(ids), (c) => c.id),
    ).load(report.campaignId);
  }
}
