import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { londonToday, SchoolDayCalendar } from '@safeguard/calendar';
import { ConcernMeasuresService } from '@safeguard/concerns';
import { GovernanceOverviewService, SafeguardingReturnsService } from '@safeguard/governance';
// Not in the register's index yet; the calendar its deadlines count is the one the report must count.
import { SchoolCalendarService } from '@safeguard/register';
import { AuthorityCapabilities, readCapabilities, unavailableSection } from './capabilities';
import { ChildListRow, readChildList } from './child-list';
import { figureTerms, FiguresContext, SectionHeading } from './figure-terms';
import { ReportFigures, ReportSection, ReportTerm } from './report-figures';
import { CME_SECTION, cmeSection } from './sections/children-missing-education';
import { EHE_SECTION, eheSection } from './sections/elective-home-education';
import { GOVERNANCE_SECTION, governanceSection } from './sections/governance-checks';
import { PRESSURE_SECTION, pressureSection } from './sections/intimidation-and-pressure';
import { NOT_FULL_TIME_SECTION, notFullTimeSection } from './sections/not-in-full-time-education';
import { PREVENT_SECTION, preventSection } from './sections/prevent-duty';
import { CONCERNS_SECTION, concernsSection } from './sections/safeguarding-concerns';

/**
 * The figures of an HMI's termly report for one authority, built from live data: each measure for
 * the report's term and the terms before it. No policy here: the caller (the report's build job)
 * has decided who may see them. Pass a REPEATABLE READ transaction's manager to read every section
 * from one snapshot; statements run one after the other, as a transaction's one connection needs.
 */
@Injectable()
export class TermlyFiguresService {
  constructor(
    private readonly calendars: SchoolCalendarService,
    private readonly concernMeasures: ConcernMeasuresService,
    private readonly governance: GovernanceOverviewService,
    private readonly returns: SafeguardingReturnsService,
  ) {}

  /** `terms` oldest first, the report's own term last. */
  async build(manager: EntityManager, localAuthorityId: string, terms: ReportTerm[]): Promise<ReportFigures> {
    const now = new Date();
    const today = londonToday(now);
    const ctx: FiguresContext = { manager, localAuthorityId, terms: figureTerms(terms, today, now), today, now };
    const capabilities = await readCapabilities(manager, localAuthorityId);
    const ifAvailable = (heading: SectionHeading, build: () => Promise<ReportSection>) => this.sectionIf(capabilities, heading, build);
    const sections: ReportSection[] = [];
    let schoolDays: Promise<SchoolDayCalendar> | undefined;
    const calendar = () => (schoolDays ??= this.calendars.calendarFor(manager, localAuthorityId));
    sections.push(await ifAvailable(CME_SECTION, async () => cmeSection(ctx, await calendar())));
    sections.push(await ifAvailable(EHE_SECTION, () => eheSection(ctx)));
    sections.push(await ifAvailable(NOT_FULL_TIME_SECTION, async () => notFullTimeSection(ctx, await calendar())));
    sections.push(await ifAvailable(CONCERNS_SECTION, () => concernsSection(ctx, this.concernMeasures)));
    sections.push(await ifAvailable(GOVERNANCE_SECTION, () => governanceSection(ctx, this.governance)));
    sections.push(await ifAvailable(PREVENT_SECTION, () => preventSection(ctx, this.returns)));
    sections.push(await ifAvailable(PRESSURE_SECTION, () => pressureSection(ctx)));
    return {
      localAuthorityId,
      localAuthorityName: capabilities.localAuthorityName,
      terms: terms.map((t) => ({ label: t.label, startsOn: t.startsOn, endsOn: t.endsOn })),
      builtAt: now.toISOString(),
      sections,
    };
  }

  /**
   * The child-level list for the HMI: every child with a CME, EHE, EXCLUDED or EHCP entry open at
   * the term's end or active in it. Plain rows with names: the caller renders and audits the export.
   */
  async childList(manager: EntityManager, localAuthorityId: string, term: ReportTerm): Promise<ChildListRow[]> {
    const now = new Date();
    const [figureTerm] = figureTerms([term], londonToday(now), now);
    await readCapabilities(manager, localAuthorityId);
    return readChildList(manager, localAuthorityId, figureTerm);
  }

  private async sectionIf(capabilities: AuthorityCapabilities, heading: SectionHeading, build: () => Promise<ReportSection>): Promise<ReportSection> {
    const missing = capabilities.missing[heading.key];
    return missing.length ? unavailableSection(heading, missing) : build();
  }
}
