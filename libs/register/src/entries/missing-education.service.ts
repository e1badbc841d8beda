import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { addDays, londonToday } from '@safeguard/calendar';
import { NotificationsService, PORTAL_LINKS } from '@safeguard/notifications';
import { SchoolsService } from '@safeguard/organisations';
import { CommonException, DomainException, GraphQLErrorCode } from '@safeguard/platform';
import { Actor } from '@safeguard/policy';
import { ChronologyService } from '../chronology/chronology.service';
import { DeadlinesService } from '../deadlines/deadlines.service';
import { DeadlineKind, EnquiryKind, EntryStatus, RegisterKind, WhereaboutsKind } from '../register.enums';
import { AuthorityTeam } from './authority-team';
import { Enquiry } from './enquiry.entity';
import { CloseRegisterEntryInput, RecordEnquiryInput, RecordWhereaboutsInput, SignOffClosureInput } from './entry.inputs';
import { KIND_LABELS } from './entry-rules';
import { RegisterEntriesService } from './register-entries.service';
import { RegisterEntry } from './register-entry.entity';

/**
 * The enquiries DfE's "Children missing education" (2024) counts as reasonable before a
 * child can be treated as not found; evidence of departure only when believed abroad.
 */
export function mandatoryEnquiries(entry: Pick<RegisterEntry, 'believedAbroad'>): EnquiryKind[] {
  return Object.values(EnquiryKind).filter((k) => k !== EnquiryKind.EVIDENCE_OF_DEPARTURE || entry.believedAbroad);
}

export enum ClosureRefusal {
  ENQUIRIES_OUTSTANDING = 'ENQUIRIES_OUTSTANDING',
  OWN_WORK = 'OWN_WORK',
  WRONG_STATUS = 'WRONG_STATUS',
}

/** Why a closure or sign-off was refused, so the client can say what is missing. */
export class ClosureException extends DomainException<ClosureRefusal> {
  constructor(reason: ClosureRefusal, message: string) {
    super(reason, reason === ClosureRefusal.OWN_WORK ? GraphQLErrorCode.FORBIDDEN : GraphQLErrorCode.BAD_USER_INPUT, message);
  }
}

/** A child missing education: enquiries, whereabouts, and closure with a second person's sign-off. */
@Injectable()
export class MissingEducationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly entries: RegisterEntriesService,
    private readonly deadlines: DeadlinesService,
    private readonly chronology: ChronologyService,
    private readonly notifications: NotificationsService,
    private readonly team: AuthorityTeam,
    private readonly audit: AuditService,
    private readonly schools: SchoolsService,
  ) {}

  async recordEnquiry(actor: Actor, input: RecordEnquiryInput): Promise<Enquiry> {
    return this.dataSource.transaction(async (manager) => {
      const { entry } = await this.entries.forWork(manager, actor, input.entryId);
      this.assertCme(entry, [EntryStatus.REPORTED, EntryStatus.ENQUIRIES]);
      const today = londonToday();
      if (input.madeOn > today) throw CommonException.invalidInput('madeOn', 'An enquiry cannot be dated in the future');
      if (input.madeOn < addDays(entry.reportedOn, -60)) {
        throw CommonException.invalidInput('madeOn', 'The enquiry is dated long before the report');
      }
      const enquiry = await manager.save(
        manager.create(Enquiry, { entryId: entry.id, kind: input.kind, madeOn: input.madeOn, outcome: input.outcome, recordedById: actor.userId }),
      );
      entry.status = EntryStatus.ENQUIRIES;
      await manager.save(entry);
      await this.deadlines.meet(manager, entry.id, [DeadlineKind.CME_FIRST_ENQUIRY], input.madeOn);
      await this.chronology.write(manager, actor, {
        childId: entry.childId,
        entryId: entry.id,
        kind: 'cme.enquiry',
        summary: `Enquiry (${input.kind.toLowerCase().replace(/_/g, ' ')}): ${input.outcome}`,
        occurredOn: input.madeOn,
      });
      await this.audit.record(manager, actor, {
        action: 'register.record_enquiry',
        entityType: 'RegisterEntry',
        entityId: entry.id,
        localAuthorityId: entry.localAuthorityId,
        details: { enquiryId: enquiry.id, kind: input.kind },
      });
      return enquiry;
    });
  }

  async recordWhereabouts(actor: Actor, input: RecordWhereaboutsInput): Promise<RegisterEntry> {
    return this.dataSource.transaction(async (manager) => {
      const { entry, ctx } = await this.entries.forWork(manager, actor, input.entryId);
      this.assertCme(entry, [EntryStatus.REPORTED, EntryStatus.ENQUIRIES, EntryStatus.AWAITING_SIGN_OFF]);
      if (input.locatedOn > londonToday()) throw CommonException.invalidInput('locatedOn', 'locatedOn cannot be in the future');
      if (input.locatedOn < entry.reportedOn) throw CommonException.invalidInput('locatedOn', 'locatedOn is before the report');
      await this.applyWhereabouts(manager, entry, input);
      entry.status = EntryStatus.LOCATED;
      entry.locatedOn = input.locatedOn;
      entry.schoolDaysToLocate = ctx.calendar.schoolDaysBetween(entry.reportedOn, input.locatedOn);
      entry.closureProposedById = null;
      await manager.save(entry);
      await this.deadlines.meet(manager, entry.id, [DeadlineKind.CME_LOCATE], input.locatedOn);
      await this.deadlines.cancel(manager, entry.id, [DeadlineKind.CME_FIRST_ENQUIRY, DeadlineKind.CLOSURE_SIGN_OFF], input.locatedOn);
      await this.chronology.write(manager, actor, {
        childId: entry.childId,
        entryId: entry.id,
        kind: 'cme.located',
        summary: `Located: ${input.kind.toLowerCase().replace(/_/g, ' ')}${input.country ? ` (${input.country})` : ''}`,
        occurredOn: input.locatedOn,
      });
      await this.audit.record(manager, actor, {
        action: 'register.record_whereabouts',
        entityType: 'RegisterEntry',
        entityId: entry.id,
        localAuthorityId: entry.localAuthorityId,
        details: { kind: input.kind, schoolDaysToLocate: entry.schoolDaysToLocate },
      });
      return entry;
    });
  }

  /**
   * Closes an entry. A located CME entry, or another kind, closes at once. A CME entry with no
   * whereabouts is refused until every mandatory enquiry is recorded; then it waits for an LA
   * manager who did none of the work to sign it off.
   */
  async close(actor: Actor, input: CloseRegisterEntryInput): Promise<RegisterEntry> {
    return this.dataSource.transaction(async (manager) => {
      const { entry, ctx } = await this.entries.forWork(manager, actor, input.entryId);
      const today = londonToday();
      if (entry.status === EntryStatus.CLOSED) throw new ClosureException(ClosureRefusal.WRONG_STATUS, 'The entry is already closed');
      if (entry.status === EntryStatus.AWAITING_SIGN_OFF) {
        throw new ClosureException(ClosureRefusal.WRONG_STATUS, 'The closure is already waiting for a manager’s sign-off');
      }
      if (entry.kind === RegisterKind.CME && entry.status !== EntryStatus.LOCATED) {
        const outstanding = await this.outstandingEnquiries(manager, entry);
        if (outstanding.length) {
          throw new ClosureException(
            ClosureRefusal.ENQUIRIES_OUTSTANDING,
            `The child has not been found. Record these enquiries before proposing closure: ${outstanding.join(', ')}`,
          );
        }
        entry.status = EntryStatus.AWAITING_SIGN_OFF;
        entry.closureProposedById = actor.userId;
        entry.closureReason = input.reason;
        await manager.save(entry);
        await this.deadlines.set(manager, ctx, entry, DeadlineKind.CLOSURE_SIGN_OFF, ctx.calendar.addSchoolDays(today, ctx.rules.closureSignOffSchoolDays));
        await this.chronology.write(manager, actor, { childId: entry.childId, entryId: entry.id, kind: 'cme.closure_proposed', summary: `Closure without whereabouts proposed: ${input.reason}` });
        for (const recipientId of await this.team.managers(manager, entry.localAuthorityId)) {
          if (recipientId === actor.userId) continue;
          await this.notifications.notify(manager, {
            recipientId,
            kind: 'register.sign_off_needed',
            title: 'A closure without whereabouts needs your sign-off',
            link: PORTAL_LINKS.registerEntry(entry.id),
          });
        }
        await this.auditClose(manager, actor, entry, { proposed: true });
        return entry;
      }
      entry.status = EntryStatus.CLOSED;
      entry.closedOn = today;
      entry.closureReason = input.reason;
      await manager.save(entry);
      await this.deadlines.cancel(manager, entry.id, null, today);
      await this.chronology.write(manager, actor, { childId: entry.childId, entryId: entry.id, kind: `${entry.kind.toLowerCase()}.closed`, summary: `Closed: ${input.reason}` });
      await this.auditClose(manager, actor, entry, { proposed: false });
      return entry;
    });
  }

  async signOffClosure(actor: Actor, input: SignOffClosureInput): Promise<RegisterEntry> {
    return this.dataSource.transaction(async (manager) => {
      const { entry } = await this.entries.forWork(manager, actor, input.entryId);
      if (entry.status !== EntryStatus.AWAITING_SIGN_OFF) {
        throw new ClosureException(ClosureRefusal.WRONG_STATUS, 'Only a closure waiting for sign-off can be signed off');
      }
      const [{ count }] = await manager.query(
        'SELECT count(*)::int AS count FROM register_enquiries WHERE entry_id = $1 AND recorded_by_id = $2',
        [entry.id, actor.userId],
      );
      if (entry.closureProposedById === actor.userId || count > 0) {
        throw new ClosureException(ClosureRefusal.OWN_WORK, 'A manager who made the enquiries or proposed the closure cannot sign it off');
      }
      const today = londonToday();
      await this.deadlines.meet(manager, entry.id, [DeadlineKind.CLOSURE_SIGN_OFF], today);
      if (input.approve) {
        entry.status = EntryStatus.CLOSED;
        entry.closedOn = today;
        entry.closedWithoutWhereabouts = true;
        entry.signedOffById = actor.userId;
        entry.signOffReason = input.reason;
        await this.deadlines.cancel(manager, entry.id, null, today);
      } else {
        entry.status = EntryStatus.ENQUIRIES;
        entry.closureProposedById = null;
        entry.closureReason = null;
      }
      await manager.save(entry);
      await this.chronology.write(manager, actor, {
        childId: entry.childId,
        entryId: entry.id,
        kind: input.approve ? 'cme.closure_signed_off' : 'cme.closure_refused',
        summary: `${input.approve ? 'Closure without whereabouts signed off' : 'Closure refused; enquiries continue'}: ${input.reason}`,
      });
      await this.audit.record(manager, actor, {
        action: input.approve ? 'register.sign_off_closure' : 'register.refuse_closure',
        entityType: 'RegisterEntry',
        entityId: entry.id,
        localAuthorityId: entry.localAuthorityId,
        details: { approved: input.approve },
      });
      return entry;
    });
  }

  async outstandingEnquiries(manager: EntityManager, entry: RegisterEntry): Promise<EnquiryKind[]> {
    const done: Array<{ kind: EnquiryKind }> = await manager.query(
      'SELECT DISTINCT kind FROM register_enquiries WHERE entry_id = $1',
      [entry.id],
    );
    const recorded = new Set(done.map((d) => d.kind));
    return mandatoryEnquiries(entry).filter((k) => !recorded.has(k));
  }

  private async applyWhereabouts(manager: EntityManager, entry: RegisterEntry, input: RecordWhereaboutsInput): Promise<void> {
    entry.whereaboutsKind = input.kind;
    entry.whereaboutsEvidence = input.evidence ?? null;
    entry.whereaboutsSchoolId = null;
    entry.whereaboutsLocalAuthorityCode = null;
    entry.whereaboutsCountry = null;
    switch (input.kind) {
      case WhereaboutsKind.SCHOOL: {
        if (input.schoolUrn == null) throw CommonException.invalidInput('schoolUrn', 'Give the URN of the school the child attends');
        entry.whereaboutsSchoolId = (await this.schools.requireByUrn(input.schoolUrn, 'schoolUrn', manager)).id;
        return;
      }
      case WhereaboutsKind.OTHER_LOCAL_AUTHORITY:
        if (!input.localAuthorityCode) throw CommonException.invalidInput('localAuthorityCode', 'Give the other authority’s code');
        entry.whereaboutsLocalAuthorityCode = input.localAuthorityCode;
        return;
      case WhereaboutsKind.ABROAD:
        if (!input.country) throw CommonException.invalidInput('country', 'Give the country');
        if (!input.evidence || input.evidence.trim().length < 5) {
          throw CommonException.invalidInput('evidence', 'A child abroad is located only with evidence of departure or arrival');
        }
        entry.whereaboutsCountry = input.country;
        return;
      case WhereaboutsKind.HOME_EDUCATION:
        return;
    }
  }

  private assertCme(entry: RegisterEntry, statuses: EntryStatus[]): void {
    if (entry.kind !== RegisterKind.CME) {
      throw CommonException.invalidInput('entryId', `This applies to children missing education, not ${KIND_LABELS[entry.kind]}`);
    }
    if (!statuses.includes(entry.status)) {
      throw new ClosureException(ClosureRefusal.WRONG_STATUS, `The entry is ${entry.status.toLowerCase().replace(/_/g, ' ')}`);
    }
  }

  /**
   * Reasons stay out of the audit trail: they are narratives about the child, kept encrypted on the
   * entry and in its chronology, while the trail is read more widely and is never re-encrypted.
   */
  private auditClose(manager: EntityManager, actor: Actor, entry: RegisterEntry, details: Record<string, unknown>) {
    return this.audit.record(manager, actor, {
      action: 'register.close_entry',
      entityType: 'RegisterEntry',
      entityId: entry.id,
      localAuthorityId: entry.localAuthorityId,
      details: { ...details, kind: entry.kind, withoutWhereabouts: entry.status === EntryStatus.AWAITING_SIGN_OFF },
    });
  }
}
