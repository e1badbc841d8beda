import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { londonToday } from '@safeguard/calendar';
import { SchoolsService } from '@safeguard/organisations';
import { CommonException } from '@safeguard/platform';
import { Actor, Role } from '@safeguard/policy';
import { Child, ChildInput, ChildrenService, RegisterPolicy } from '@safeguard/register';
import { ConcernCategory, ConcernStatus } from '../concern.enums';
import { ConcernException, ConcernRefusal } from '../concern.exception';
import { ConcernPolicy } from '../concern.policy';
import { ConcernAddition } from './concern-addition.entity';
import { assertReadyToSubmit } from './concern-completeness';
import { Concern } from './concern.entity';
import { AddToConcernInput, SaveConcernDraftInput } from './concern.inputs';
import { ConcernSubmission } from './concern-submission';
import { PREVENT_FIELDS } from './prevent-details';

/** A school's side of a concern: drafting, submitting, and adding to it afterwards. */
@Injectable()
export class ConcernFilingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: ConcernPolicy,
    private readonly registerPolicy: RegisterPolicy,
    private readonly children: ChildrenService,
    private readonly schools: SchoolsService,
    private readonly submission: ConcernSubmission,
    private readonly audit: AuditService,
  ) {}

  async saveDraft(actor: Actor, input: SaveConcernDraftInput): Promise<Concern> {
    if (input.childId && input.child) throw CommonException.invalidInput('childId', 'Give either childId or child, not both');
    return this.dataSource.transaction(async (manager) => {
      const concern = input.concernId
        ? await this.ownDraft(manager, actor, input.concernId)
        : await this.newDraft(manager, actor, input.schoolId);
      if (input.childId) {
        await this.assertChildFits(manager, actor, concern, input.childId);
        concern.childId = input.childId;
        concern.draftChild = null;
      } else if (input.child) {
        concern.childId = null;
        concern.draftChild = { ...input.child } as Record<string, unknown>;
      }
      this.applyDraftFields(concern, input);
      await manager.save(concern);
      await this.audit.record(manager, actor, {
        action: input.concernId ? 'concerns.update_draft' : 'concerns.create_draft',
        entityType: 'Concern',
        entityId: concern.id,
        localAuthorityId: concern.localAuthorityId,
      });
      return concern;
    });
  }

  async submit(actor: Actor, concernId: string, now = new Date()): Promise<Concern> {
    return this.dataSource.transaction(async (manager) => {
      const concern = await this.ownDraft(manager, actor, concernId);
      assertReadyToSubmit(concern, now);
      if (!concern.childId) concern.childId = (await this.createChild(manager, actor, concern)).id;
      else await this.assertChildFits(manager, actor, concern, concern.childId);
      if (!concern.categories.includes(ConcernCategory.RADICALISATION)) {
        for (const field of PREVENT_FIELDS) concern.prevent[field] = null;
      }
      return this.submission.submit(manager, actor, concern, now);
    });
  }

  /** A draft was never a record; its author may throw it away (the audit trail keeps that it existed). */
  async discardDraft(actor: Actor, concernId: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const concern = await this.ownDraft(manager, actor, concernId);
      const attachments = await manager.query('SELECT count(*)::int AS n FROM concern_attachments WHERE concern_id = $1', [concern.id]);
      if (attachments[0].n > 0) {
        throw new ConcernException(ConcernRefusal.WRONG_STATUS, 'This draft has attachments; submit it, or ask an administrator to remove it');
      }
      await manager.delete(Concern, { id: concern.id });
      await this.audit.record(manager, actor, {
        action: 'concerns.discard_draft',
        entityType: 'Concern',
        entityId: concernId,
        localAuthorityId: concern.localAuthorityId,
      });
      return concernId;
    });
  }

  /** Adds to a submitted concern: the filing school, or the authority's officers and managers. */
  async addTo(actor: Actor, input: AddToConcernInput): Promise<ConcernAddition> {
    return this.dataSource.transaction(async (manager) => {
      const concern = await this.readableForUpdate(manager, actor, input.concernId);
      if (concern.status === ConcernStatus.DRAFT) {
        throw new ConcernException(ConcernRefusal.WRONG_STATUS, 'A draft is still yours to edit; additions are for submitted concerns');
      }
      this.assertMayAddTo(actor, concern);
      const addition = await manager.save(
        manager.create(ConcernAddition, { concernId: concern.id, authorId: actor.userId!, text: input.text.trim() }),
      );
      await this.audit.record(manager, actor, {
        action: 'concerns.add_to',
        entityType: 'Concern',
        entityId: concern.id,
        localAuthorityId: concern.localAuthorityId,
        details: { additionId: addition.id },
      });
      return addition;
    });
  }

  /** Who may add to a submitted concern: its school's DSLs and headteacher, or the authority's team (never HMI). */
  assertMayAddTo(actor: Actor, concern: Concern): void {
    const ownSchool = actor.schoolIds(Role.HEADTEACHER, Role.DSL).includes(concern.schoolId);
    const team = actor.localAuthorityIds(Role.LA_OFFICER, Role.LA_MANAGER).includes(concern.localAuthorityId);
    if (!ownSchool && !team) throw CommonException.forbidden('Only the school that raised the concern, or the council’s team, can add to it');
  }

  /** The concern if the caller may read it, locked; otherwise NOT_FOUND (never confirming it exists). */
  async readableForUpdate(manager: EntityManager, actor: Actor, concernId: string): Promise<Concern> {
    const visible = await this.policy
      .scope(actor, manager.createQueryBuilder(Concern, 'c'), 'c')
      .andWhere('c.id = :id', { id: concernId })
      .getCount();
    const concern = visible ? await manager.findOne(Concern, { where: { id: concernId }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!concern) throw CommonException.notFound('The concern');
    return concern;
  }

  private async ownDraft(manager: EntityManager, actor: Actor, concernId: string): Promise<Concern> {
    const concern = await this.readableForUpdate(manager, actor, concernId);
    if (concern.status !== ConcernStatus.DRAFT) {
      throw new ConcernException(ConcernRefusal.ALREADY_SUBMITTED, 'A submitted concern cannot be changed; add to it instead');
    }
    if (concern.authorId !== actor.userId) throw CommonException.notFound('The concern');
    return concern;
  }

  private async newDraft(manager: EntityManager, actor: Actor, schoolId?: string): Promise<Concern> {
    const schools = this.policy.schools(actor);
    const chosen = schoolId ?? (schools.length === 1 ? schools[0] : undefined);
    if (!chosen) throw CommonException.invalidInput('schoolId', 'Say which of your schools raises the concern');
    if (!schools.includes(chosen)) throw CommonException.forbidden('You can raise concerns only for your own school');
    const school = await this.schools.findById(chosen);
    if (!school) throw CommonException.invalidInput('schoolId', 'No such school');
    return manager.create(Concern, {
      localAuthorityId: school.localAuthorityId,
      schoolId: school.id,
      authorId: actor.userId!,
      status: ConcernStatus.DRAFT,
      childId: null,
      draftChild: null,
      categories: [],
      immediateRisk: false,
      prevent: Object.fromEntries(PREVENT_FIELDS.map((f) => [f, null])) as unknown as Concern['prevent'],
    });
  }

  private applyDraftFields(concern: Concern, input: SaveConcernDraftInput): void {
    const text = (value: string | null | undefined) => (value === undefined ? undefined : value?.trim() || null);
    const set = <K extends keyof Concern>(key: K, value: Concern[K] | undefined) => {
      if (value !== undefined) concern[key] = value;
    };
    // Categories and immediate risk always hold a value: null means "leave as it is".
    if (input.categories === null) input.categories = undefined;
    set('categories', input.categories);
    set('account', text(input.account));
    set('occurredOn', input.occurredOn);
    set('occurredTime', input.occurredTime);
    set('actionTaken', text(input.actionTaken));
    set('childOrFamilyTold', input.childOrFamilyTold);
    set('notToldReason', text(input.notToldReason));
    set('immediateRisk', input.immediateRisk ?? undefined);
    if (input.riskCall !== undefined) {
      concern.riskCallTo = input.riskCall?.to.trim() ?? null;
      concern.riskCallAt = input.riskCall ? new Date(input.riskCall.at) : null;
      concern.riskCallOutcome = input.riskCall?.outcome.trim() ?? null;
    }
    if (input.prevent !== undefined) {
      for (const field of PREVENT_FIELDS) concern.prevent[field] = text(input.prevent?.[field]) ?? null;
    }
    if (concern.occurredOn && concern.occurredOn > londonToday()) {
      throw CommonException.invalidInput('occurredOn', 'occurredOn cannot be in the future');
    }
  }

  /** A named child must be one the school may see, on this authority's register. */
  private async assertChildFits(manager: EntityManager, actor: Actor, concern: Concern, childId: string): Promise<void> {
    const child = await this.registerPolicy
      .scopeChildren(actor, manager.createQueryBuilder(Child, 'c'), 'c')
      .andWhere('c.id = :id', { id: childId })
      .getOne();
    if (!child || child.mergedIntoId) throw CommonException.notFound('The child');
    if (child.localAuthorityId !== concern.localAuthorityId) {
      throw CommonException.invalidInput('childId', 'This child is on another authority’s register; raise the concern with that authority');
    }
  }

  /** The child a draft described joins the register on the school's roll. */
  private async createChild(manager: EntityManager, actor: Actor, concern: Concern): Promise<Child> {
    const input = concern.draftChild as unknown as ChildInput;
    const school = await this.schools.findById(concern.schoolId);
    return this.children.create(manager, actor, concern.localAuthorityId, { ...input, schoolUrn: input.schoolUrn ?? school?.urn ?? null });
  }
}
