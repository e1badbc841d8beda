import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { londonToday } from '@safeguard/calendar';
import { School } from '@safeguard/organisations';
import { CommonException } from '@safeguard/platform';
import { Actor } from '@safeguard/policy';
import { authorityTeamRoom, publishOnCommit } from '@safeguard/realtime';
import { PressureDeadlineKind, PressureReportStatus, PRESSURE_CATEGORY_LABELS } from '../pressure.enums';
import { PressureException, PressureRefusal } from '../pressure.exception';
import { acknowledgementDueAt, PRESSURE_RULES } from '../pressure-rules';
import { PressurePolicy } from '../pressure.policy';
import { PressureDeadlinesService } from '../deadlines/pressure-deadlines.service';
import { identifies } from './identifying-text';
import { PressureAddition } from './pressure-addition.entity';
import { PressureNotices } from './pressure-notices';
import { pressureReference } from './pressure-reference';
import { PressureReport } from './pressure-report.entity';
import { AddToPressureReportInput, ReportPressureInput } from './pressure-report.inputs';
import { PressureReadsService } from './pressure-reads.service';

const text = (value: string | null | undefined) => value?.trim() || null;
const incomplete = (field: string, message: string) => new PressureException(PressureRefusal.INCOMPLETE, message, field);

/** The same link once, as given (after trimming). */
export function cleanLinks(links: readonly string[] | null | undefined): string[] {
  return [...new Set((links ?? []).map((l) => l.trim()).filter(Boolean))];
}

/**
 * A school's side of a report: sending it to the council, and adding to it afterwards. A report
 * is complete when it is sent (there are no drafts): the council's two working days start then.
 */
@Injectable()
export class PressureReportingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PressurePolicy,
    private readonly reads: PressureReadsService,
    private readonly deadlines: PressureDeadlinesService,
    private readonly notices: PressureNotices,
    private readonly audit: AuditService,
  ) {}

  report(actor: Actor, input: ReportPressureInput, now = new Date()): Promise<PressureReport> {
    return this.dataSource.transaction((manager) => this.reportIn(manager, actor, input, now));
  }

  /** `report` in the caller's transaction (the demo seed uses it with past times). */
  async reportIn(manager: EntityManager, actor: Actor, input: ReportPressureInput, now: Date): Promise<PressureReport> {
    const access = await this.policy.access(manager, actor);
    const schoolId = this.policy.reportingSchool(access, input.schoolId);
    const school = await manager.findOneBy(School, { id: schoolId });
    if (!school) throw CommonException.invalidInput('schoolId', 'No such school');
    const fields = await this.validFields(manager, actor, school, input, now);
    const report = await manager.save(
      manager.create(PressureReport, {
        ...fields,
        localAuthorityId: school.localAuthorityId,
        schoolId: school.id,
        reporterId: actor.userId!,
        status: PressureReportStatus.SUBMITTED,
        campaignId: null,
        submittedAt: now,
        acknowledgementDueAt: acknowledgementDueAt(now),
      }),
    );
    await this.deadlines.set(manager, {
      reportId: report.id,
      localAuthorityId: report.localAuthorityId,
      kind: PressureDeadlineKind.ACKNOWLEDGEMENT,
      dueAt: report.acknowledgementDueAt,
    });
    const reference = pressureReference(report.seq);
    // No free text in the trail, which is read more widely than the report.
    await this.audit.record(manager, actor, {
      action: 'pressure.report',
      entityType: 'PressureReport',
      entityId: report.id,
      localAuthorityId: report.localAuthorityId,
      details: {
        reference, schoolId: report.schoolId, category: report.category, curriculumArea: report.curriculumArea,
        harmToStaff: report.harmToStaff, harmToPupils: report.harmToPupils, policeTold: report.policeTold,
        shareAnonymously: report.shareAnonymously, links: report.links.length,
      },
    });
    // The team's live event names no school: screens fetch the report through the API, which checks who asks.
    await publishOnCommit(manager, {
      room: authorityTeamRoom(report.localAuthorityId),
      event: 'pressure.reported',
      payload: { reportId: report.id, reference, acknowledgementDueAt: report.acknowledgementDueAt.toISOString() },
    });
    const due = londonToday(report.acknowledgementDueAt);
    await this.notices.toCouncil(manager, report, 'pressure.reported',
      `New report of intimidation or pressure ${reference} (${PRESSURE_CATEGORY_LABELS[report.category]}): acknowledge it by ${due}`);
    await this.notices.toSchool(manager, report, 'pressure.submitted',
      `Report ${reference} is with the council, which will acknowledge it by ${due}`);
    return report;
  }

  /** Adds information to a report at any step: the school's headteacher and named delegates. */
  async addTo(actor: Actor, input: AddToPressureReportInput): Promise<PressureAddition> {
    return this.dataSource.transaction(async (manager) => {
      const access = await this.policy.access(manager, actor);
      const report = await this.reads.readableForUpdate(manager, access, input.reportId);
      this.policy.assertIsSchoolSide(access, report);
      const body = text(input.text);
      if (!body || body.length < 3) throw CommonException.invalidInput('text', 'Say what you are adding');
      const addition = await manager.save(
        manager.create(PressureAddition, { reportId: report.id, authorId: actor.userId!, text: body, links: cleanLinks(input.links) }),
      );
      const reference = pressureReference(report.seq);
      await this.audit.record(manager, actor, {
        action: 'pressure.add_to',
        entityType: 'PressureReport',
        entityId: report.id,
        localAuthorityId: report.localAuthorityId,
        details: { reference, additionId: addition.id, links: addition.links.length },
      });
      await this.notices.toCouncil(manager, report, 'pressure.added_to', `The school added information to report ${reference}`, report.acknowledgedById);
      return addition;
    });
  }

  private async validFields(manager: EntityManager, actor: Actor, school: School, input: ReportPressureInput, now: Date) {
    const account = text(input.account);
    if (!account || account.length < PRESSURE_RULES.minimumAccountLength) throw incomplete('account', 'Describe what happened, in your own words');
    if (input.occurredOn > londonToday(now)) throw incomplete('occurredOn', 'occurredOn cannot be in the future');
    const location = text(input.location);
    if (!location) throw incomplete('location', 'Say where it happened');
    const involved = text(input.involved);
    if (!involved) throw incomplete('involved', 'Say who was involved: individuals or a named group');
    const harmDescription = text(input.harmDescription);
    if ((input.harmToStaff || input.harmToPupils) && !harmDescription) {
      throw incomplete('harmDescription', 'Describe the harm to staff or pupils');
    }
    const policeReference = input.policeTold ? text(input.policeReference) : null;
    if (input.policeTold && !policeReference) throw incomplete('policeReference', 'Give the police reference (crime or incident number)');
    const shareableSummary = input.shareAnonymously ? text(input.shareableSummary) : null;
    if (input.shareAnonymously) {
      if (!shareableSummary) throw incomplete('shareableSummary', 'Write a short summary for other schools, or do not share the report');
      const [reporter] = await manager.query('SELECT display_name FROM users WHERE id = $1', [actor.userId]);
      if (identifies(shareableSummary, { schoolName: school.name, urn: school.urn, people: reporter ? [reporter.display_name] : [] })) {
        throw new PressureException(
          PressureRefusal.IDENTIFIES_SCHOOL,
          'The shareable summary names your school or you; write it so that other schools cannot tell who reported it',
          'shareableSummary',
        );
      }
    }
    return {
      category: input.category,
      curriculumArea: input.curriculumArea ?? null,
      account,
      occurredOn: input.occurredOn,
      occurredMonth: input.occurredOn.slice(0, 7),
      occurredTime: input.occurredTime ?? null,
      location,
      involved,
      links: cleanLinks(input.links),
      harmToStaff: input.harmToStaff,
      harmToPupils: input.harmToPupils,
      harmDescription: input.harmToStaff || input.harmToPupils ? harmDescription : null,
      policeTold: input.policeTold,
      policeReference,
      shareAnonymously: input.shareAnonymously,
      shareableSummary,
    };
  }
}
