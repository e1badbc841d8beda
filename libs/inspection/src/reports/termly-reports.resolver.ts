import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Authorize, CurrentActor, Permission } from '@safeguard/policy';
import { ReportSectionModel, ReportTermModel, TermlyReportModel } from '../inspection.models';
import { BuildTermlyReportInput, RespondToTermlyReportInput, WriteTermlyReportInput } from './report.inputs';
import { TermlyReport } from './termly-report.entity';
import { TermlyReportsService } from './termly-reports.service';

const REPORT = { type: () => ID, description: 'The report.' };

@Resolver(() => TermlyReportModel)
export class TermlyReportsResolver {
  constructor(private readonly reports: TermlyReportsService) {}

  @Query(() => TermlyReportModel, { description: 'One termly report, if you may read it.' })
  @Authorize(Permission.ReadTermlyReports)
  termlyReport(@CurrentActor() actor: Actor, @Args('id', REPORT) id: string) {
    return this.reports.read(actor, id);
  }

  @Query(() => [TermlyReportModel], { description: 'Termly reports you may read, newest term first.' })
  @Authorize(Permission.ReadTermlyReports)
  termlyReports(
    @CurrentActor() actor: Actor,
    @Args('localAuthorityId', { type: () => ID, nullable: true, description: 'Only this authority’s.' }) localAuthorityId?: string,
  ) {
    return this.reports.list(actor, localAuthorityId);
  }

  @Mutation(() => TermlyReportModel, { description: 'The assigned HMI builds (or rebuilds) the draft for a term from live data.' })
  @Authorize(Permission.WriteTermlyReports)
  buildTermlyReport(@CurrentActor() actor: Actor, @Args('input') input: BuildTermlyReportInput) {
    return this.reports.build(actor, input);
  }

  @Mutation(() => TermlyReportModel, { description: 'The assigned HMI writes narratives, judgements and recommendations on a draft.' })
  @Authorize(Permission.WriteTermlyReports)
  writeTermlyReport(@CurrentActor() actor: Actor, @Args('input') input: WriteTermlyReportInput) {
    return this.reports.write(actor, input);
  }

  @Mutation(() => TermlyReportModel, { description: 'An LA manager adds the authority’s response to a draft.' })
  @Authorize(Permission.RespondToTermlyReports)
  respondToTermlyReport(@CurrentActor() actor: Actor, @Args('input') input: RespondToTermlyReportInput) {
    return this.reports.respond(actor, input);
  }

  @Mutation(() => TermlyReportModel, { description: 'The assigned HMI submits the draft to the Secretary of State and HMCI, freezing it.' })
  @Authorize(Permission.WriteTermlyReports)
  submitTermlyReport(@CurrentActor() actor: Actor, @Args('id', REPORT) id: string) {
    return this.reports.submit(actor, id);
  }

  @Mutation(() => TermlyReportModel, { description: 'The assigned HMI starts a correction of a submitted report: a new draft version.' })
  @Authorize(Permission.WriteTermlyReports)
  correctTermlyReport(@CurrentActor() actor: Actor, @Args('id', REPORT) id: string) {
    return this.reports.startCorrection(actor, id);
  }

  @ResolveField('terms', () => [ReportTermModel], { description: 'The terms shown, oldest first; the report’s term last.' })
  terms(@Parent() report: TermlyReport): ReportTermModel[] {
    return report.figures.terms;
  }

  @ResolveField('sections', () => [ReportSectionModel], { description: 'The seven sections and their figures.' })
  sections(@Parent() report: TermlyReport): ReportSectionModel[] {
    // Breakdown cells are numbers or text in the figures; GraphQL carries them as text.
    return report.figures.sections.map((s) => ({
      ...s,
      breakdowns: s.breakdowns.map((b) => ({ ...b, rows: b.rows.map((r) => ({ label: r.label, values: r.values.map((v) => (v === null ? null : String(v))) })) })),
    }));
  }

  @ResolveField('pdfPath', () => String, { description: 'GET it (with your token) for the PDF.' })
  pdfPath(@Parent() report: TermlyReport): string {
    return `/termly-reports/${report.id}/report.pdf`;
  }

  @ResolveField('csvPath', () => String, { description: 'GET it for every measure as CSV.' })
  csvPath(@Parent() report: TermlyReport): string {
    return `/termly-reports/${report.id}/measures.csv`;
  }
}
