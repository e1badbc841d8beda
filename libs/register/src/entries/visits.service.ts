import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { addMonths, londonToday } from '@safeguard/calendar';
import { CommonException } from '@safeguard/platform';
import { Actor } from '@safeguard/policy';
import { ChronologyService } from '../chronology/chronology.service';
import { DeadlinesService } from '../deadlines/deadlines.service';
import { DeadlineKind, EntryStatus, RegisterKind, VisitKind } from '../register.enums';
import { RecordProvisionInput, RecordVisitInput } from './entry.inputs';
import { KIND_LABELS } from './entry-rules';
import { RegisterEntriesService } from './register-entries.service';
import { RegisterEntry } from './register-entry.entity';
import { Visit } from './visit.entity';

/** Contacts, visits and safety checks, each with its safeguarding section; and provision for excluded children. */
@Injectable()
export class VisitsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly entries: RegisterEntriesService,
    private readonly deadlines: DeadlinesService,
    private readonly chronology: ChronologyService,
    private readonly audit: AuditService,
  ) {}

  async recordVisit(actor: Actor, input: RecordVisitInput): Promise<Visit> {
    // Home-education visits once ignored safeguarding: no record is saved without its section.
    const s = input.safeguarding;
    if (!s) {
      throw CommonException.invalidInput(
        'safeguarding',
        'Complete the safeguarding section: was the child seen (and alone), their views, any concern, and the suitability of education',
      );
    }
    if (s.childSeen && s.childSeenAlone === undefined) {
      throw CommonException.invalidInput('safeguarding.childSeenAlone', 'Say whether the child was seen alone');
    }
    if (s.safeguardingConcern && !s.concernDetails?.trim()) {
      throw CommonException.invalidInput('safeguarding.concernDetails', 'Describe the safeguarding concern');
    }
    if (input.occurredOn > londonToday()) throw CommonException.invalidInput('occurredOn', 'A visit cannot be dated in the future');
    return this.dataSource.transaction(async (manager) => {
      const { entry, ctx } = await this.entries.forWork(manager, actor, input.entryId);
      if (entry.kind === RegisterKind.CME) {
        throw CommonException.invalidInput('entryId', 'Record enquiries, not visits, for a child missing education');
      }
      if (entry.status === EntryStatus.CLOSED) throw CommonException.invalidInput('entryId', 'The entry is closed');
      if (input.kind === VisitKind.SAFETY_CHECK && entry.kind !== RegisterKind.EXCLUDED) {
        throw CommonException.invalidInput('kind', 'Safety checks are recorded for excluded children');
      }
      if (input.hoursPerWeek !== undefined && entry.kind !== RegisterKind.EHCP) {
        throw CommonException.invalidInput('hoursPerWeek', 'Hours are recorded for children with an EHC plan');
      }
      const visit = await manager.save(
        manager.create(Visit, {
          entryId: entry.id,
          kind: input.kind,
          occurredOn: input.occurredOn,
          childSeen: s.childSeen,
          childSeenAlone: s.childSeen ? (s.childSeenAlone ?? false) : false,
          childViews: s.childViews,
          safeguardingConcern: s.safeguardingConcern,
          concernDetails: s.safeguardingConcern ? s.concernDetails! : null,
          educationSuitability: s.educationSuitability,
          hoursPerWeek: input.hoursPerWeek !== undefined ? String(input.hoursPerWeek) : null,
          notes: input.notes,
          recordedById: actor.userId,
        }),
      );
      const on = input.occurredOn;
      const later = (a: string | null) => (a && a > on ? a : on);
      switch (entry.kind) {
        case RegisterKind.EHE:
          await this.deadlines.meet(manager, entry.id, [DeadlineKind.EHE_FIRST_CONTACT], on);
          entry.educationSuitability = s.educationSuitability;
          if (s.childSeen) {
            entry.lastSeenOn = later(entry.lastSeenOn);
            await this.deadlines.meet(manager, entry.id, [DeadlineKind.EHE_SEE_CHILD], on);
            await this.deadlines.set(manager, ctx, entry, DeadlineKind.EHE_SEE_CHILD, addMonths(entry.lastSeenOn, ctx.rules.eheNotSeenMonths));
          }
          break;
        case RegisterKind.EXCLUDED:
          if (input.kind === VisitKind.SAFETY_CHECK) {
            if (!s.childSeen) throw CommonException.invalidInput('safeguarding.childSeen', 'A safety check means the child was seen');
            entry.safetyCheckOn ??= on;
            await this.deadlines.meet(manager, entry.id, [DeadlineKind.EXCLUSION_SAFETY_CHECK], on);
          }
          break;
        case RegisterKind.EHCP:
          if (input.kind === VisitKind.HOME_VISIT || input.kind === VisitKind.OTHER_MEETING) {
            entry.lastVisitOn = later(entry.lastVisitOn);
            await this.deadlines.meet(manager, entry.id, [DeadlineKind.EHCP_VISIT], on);
            await this.deadlines.set(manager, ctx, entry, DeadlineKind.EHCP_VISIT, ctx.calendar.addSchoolDays(entry.lastVisitOn, ctx.rules.ehcpVisitSchoolDays));
          }
          if (input.hoursPerWeek !== undefined) entry.hoursPerWeek = String(input.hoursPerWeek);
          break;
      }
      await manager.save(entry);
      await this.chronology.write(manager, actor, {
        childId: entry.childId,
        entryId: entry.id,
        kind: `${entry.kind.toLowerCase()}.${input.kind.toLowerCase()}`,
        summary: `${input.kind.toLowerCase().replace(/_/g, ' ')}: child ${s.childSeen ? `seen${s.childSeenAlone ? ' alone' : ''}` : 'not seen'}${s.safeguardingConcern ? '; safeguarding concern recorded' : ''}`,
        occurredOn: on,
      });
      await this.audit.record(manager, actor, {
        action: 'register.record_visit',
        entityType: 'RegisterEntry',
        entityId: entry.id,
        localAuthorityId: entry.localAuthorityId,
        details: { visitId: visit.id, kind: input.kind, childSeen: s.childSeen, concern: s.safeguardingConcern },
      });
      return visit;
    });
  }

  async recordProvision(actor: Actor, input: RecordProvisionInput): Promise<RegisterEntry> {
    return this.dataSource.transaction(async (manager) => {
      const { entry } = await this.entries.forWork(manager, actor, input.entryId);
      if (entry.kind !== RegisterKind.EXCLUDED) {
        throw CommonException.invalidInput('entryId', `Provision is recorded for excluded children, not ${KIND_LABELS[entry.kind]}`);
      }
      if (entry.status === EntryStatus.CLOSED) throw CommonException.invalidInput('entryId', 'The entry is closed');
      entry.provisionFrom = input.provisionFrom;
      entry.provisionDescription = input.description;
      await manager.save(entry);
      await this.deadlines.meet(manager, entry.id, [DeadlineKind.EXCLUSION_PROVISION], input.provisionFrom);
      await this.chronology.write(manager, actor, {
        childId: entry.childId,
        entryId: entry.id,
        kind: 'excluded.provision',
        summary: `Provision from ${input.provisionFrom}: ${input.description}`,
      });
      await this.audit.record(manager, actor, {
        action: 'register.record_provision',
        entityType: 'RegisterEntry',
        entityId: entry.id,
        localAuthorityId: entry.localAuthorityId,
        details: { provisionFrom: input.provisionFrom },
      });
      return entry;
    });
  }
}
