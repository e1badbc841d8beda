import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { londonToday, workingDaysAfter } from '@safeguard/calendar';
import { NotificationsService, PORTAL_LINKS } from '@safeguard/notifications';
import { CommonException } from '@safeguard/platform';
import { Actor } from '@safeguard/policy';
import { AuthorityTeam, ChronologyService } from '@safeguard/register';
import {
  ConcernDeadlineKind, ConcernStatus, DecisionOutcome, DecisionStatus, OUTCOME_LABELS, SignOffVerdict, ThresholdLevel,
} from '../concern.enums';
import { ConcernException, ConcernRefusal } from '../concern.exception';
import { CONCERN_RULES } from '../concern-rules';
import { ConcernPolicy } from '../concern.policy';
import { ConcernDeadlinesService } from '../deadlines/concern-deadlines.service';
import { Concern } from '../filing/concern.entity';
import { concernReference } from '../filing/concern-reference';
import { ConcernDecision } from './concern-decision.entity';
import { DecideConcernInput, DecisionInput, RecordChannelOutcomeInput, SignOffDecisionInput } from './decision.inputs';
import { SignOffWindow } from './sign-off-window';

/**
 * The council's decisions on concerns. A qualified officer's or manager's decision takes effect
 * at once; an unqualified officer's waits for a manager who did not make it.
 */
@Injectable()
export class ConcernDecisionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: ConcernPolicy,
    private readonly deadlines: ConcernDeadlinesService,
    private readonly window: SignOffWindow,
    private readonly chronology: ChronologyService,
    private readonly notifications: NotificationsService,
    private readonly team: AuthorityTeam,
    private readonly audit: AuditService,
  ) {}

  decide(actor: Actor, input: DecideConcernInput, now = new Date()): Promise<ConcernDecision> {
    return this.dataSource.transaction((manager) => this.decideIn(manager, actor, input, now));
  }

  /** `decide` in the caller's transaction (the demo seed uses it with past times). */
  async decideIn(manager: EntityManager, actor: Actor, input: DecideConcernInput, now: Date): Promise<ConcernDecision> {
    const fields = validDecision(input, '');
    const concern = await this.concernForTeam(manager, actor, input.concernId);
    this.policy.assertCanDecide(actor, concern.localAuthorityId);
    if (concern.status !== ConcernStatus.AWAITING_DECISION) {
      throw new ConcernException(ConcernRefusal.WRONG_STATUS, 'This concern has already been decided');
    }
    const needsSignOff = !this.policy.isQualified(actor, concern.localAuthorityId);
    const decision = await manager.save(
      manager.create(ConcernDecision, {
        ...fields,
        concernId: concern.id,
        localAuthorityId: concern.localAuthorityId,
        decidedById: actor.userId!,
        decidedAt: now,
        needsSignOff,
        status: needsSignOff ? DecisionStatus.AWAITING_SIGN_OFF : DecisionStatus.IN_EFFECT,
        signOffDueAt: needsSignOff ? workingDaysAfter(now, await this.window.workingDays(manager, concern.localAuthorityId)) : null,
        replacesDecisionId: null,
      }),
    );
    concern.firstDecidedAt = now;
    await this.deadlines.meet(manager, concern.id, ConcernDeadlineKind.DECISION, now);
    const reference = concernReference(concern.seq);
    if (needsSignOff) {
      concern.status = ConcernStatus.AWAITING_SIGN_OFF;
      await manager.save(concern);
      await this.deadlines.set(manager, {
        concernId: concern.id,
        localAuthorityId: concern.localAuthorityId,
        kind: ConcernDeadlineKind.SIGN_OFF,
        dueAt: decision.signOffDueAt!,
        decisionId: decision.id,
      });
      for (const recipientId of await this.team.managers(manager, concern.localAuthorityId)) {
        await this.notifications.notify(manager, {
          recipientId,
          kind: 'concern.sign_off_needed',
          title: `Decision on ${reference} awaits your sign-off`,
          link: PORTAL_LINKS.concern(concern.id),
          email: false,
        });
      }
    } else {
      await this.takeEffect(manager, concern, decision, now);
    }
    await this.chronology.write(manager, actor, {
      childId: concern.childId!,
      kind: 'concern.decided',
      summary: `Decision on ${reference}: ${OUTCOME_LABELS[decision.outcome]}${needsSignOff ? ' (awaiting a manager’s sign-off)' : ''}`,
      occurredOn: londonToday(now),
      restrictedToSchoolId: concern.schoolId,
    });
    await this.audit.record(manager, actor, {
      action: 'concerns.decide',
      entityType: 'Concern',
      entityId: concern.id,
      localAuthorityId: concern.localAuthorityId,
      details: { decisionId: decision.id, outcome: decision.outcome, thresholdLevel: decision.thresholdLevel, needsSignOff },
    });
    return decision;
  }

  signOff(actor: Actor, input: SignOffDecisionInput, now = new Date()): Promise<ConcernDecision> {
    return this.dataSource.transaction((manager) => this.signOffIn(manager, actor, input, now));
  }

  /** `signOff` in the caller's transaction. */
  async signOffIn(manager: EntityManager, actor: Actor, input: SignOffDecisionInput, now: Date): Promise<ConcernDecision> {
    const replacement = input.verdict === SignOffVerdict.CHANGE ? this.validChange(input) : null;
    if (input.verdict === SignOffVerdict.AGREE && (input.replacement || input.changeReason)) {
      throw CommonException.invalidInput('verdict', 'Give a replacement and a reason only when changing the decision');
    }
    const decision = await manager.findOne(ConcernDecision, { where: { id: input.decisionId }, lock: { mode: 'pessimistic_write' } });
    if (!decision || !this.policy.isAreaReader(actor, decision.localAuthorityId)) throw CommonException.notFound('The decision');
    this.policy.assertIsManager(actor, decision.localAuthorityId);
    if (decision.status !== DecisionStatus.AWAITING_SIGN_OFF) {
      throw new ConcernException(ConcernRefusal.WRONG_STATUS, 'This decision is not awaiting sign-off');
    }
    if (decision.decidedById === actor.userId) {
      throw new ConcernException(ConcernRefusal.OWN_DECISION, 'You cannot sign off your own decision; another manager must');
    }
    const concern = (await manager.findOne(Concern, { where: { id: decision.concernId }, lock: { mode: 'pessimistic_write' } }))!;
    Object.assign(decision, {
      signedOffById: actor.userId,
      signedOffAt: now,
      signOffVerdict: input.verdict,
      changeReason: replacement ? input.changeReason!.trim() : null,
      status: replacement ? DecisionStatus.CHANGED_AT_SIGN_OFF : DecisionStatus.IN_EFFECT,
    });
    await manager.save(decision);
    let inEffect = decision;
    if (replacement) {
      inEffect = await manager.save(
        manager.create(ConcernDecision, {
          ...replacement,
          concernId: concern.id,
          localAuthorityId: concern.localAuthorityId,
          decidedById: actor.userId!,
          decidedAt: now,
          needsSignOff: false,
          status: DecisionStatus.IN_EFFECT,
          signOffDueAt: null,
          replacesDecisionId: decision.id,
        }),
      );
    }
    await this.deadlines.meet(manager, concern.id, ConcernDeadlineKind.SIGN_OFF, now);
    await this.takeEffect(manager, concern, inEffect, now);
    const reference = concernReference(concern.seq);
    await this.notifications.notify(manager, {
      recipientId: decision.decidedById,
      kind: 'concern.signed_off',
      title: replacement
        ? `Your decision on ${reference} was changed at sign-off to ${OUTCOME_LABELS[inEffect.outcome]}`
        : `Your decision on ${reference} was signed off`,
      link: PORTAL_LINKS.concern(concern.id),
      email: false,
    });
    await this.chronology.write(manager, actor, {
      childId: concern.childId!,
      kind: 'concern.signed_off',
      summary: replacement
        ? `Decision on ${reference} changed at sign-off from ${OUTCOME_LABELS[decision.outcome]} to ${OUTCOME_LABELS[inEffect.outcome]}`
        : `Decision on ${reference} signed off: ${OUTCOME_LABELS[decision.outcome]}`,
      occurredOn: londonToday(now),
      restrictedToSchoolId: concern.schoolId,
    });
    await this.audit.record(manager, actor, {
      action: 'concerns.sign_off',
      entityType: 'Concern',
      entityId: concern.id,
      localAuthorityId: concern.localAuthorityId,
      details: { decisionId: decision.id, verdict: input.verdict, inEffectDecisionId: inEffect.id, outcome: inEffect.outcome },
    });
    return decision;
  }

  recordChannelOutcome(actor: Actor, input: RecordChannelOutcomeInput): Promise<Concern> {
    return this.dataSource.transaction((manager) => this.recordChannelOutcomeIn(manager, actor, input));
  }

  /** `recordChannelOutcome` in the caller's transaction. */
  async recordChannelOutcomeIn(manager: EntityManager, actor: Actor, input: RecordChannelOutcomeInput): Promise<Concern> {
    if (input.decidedOn > londonToday()) throw CommonException.invalidInput('decidedOn', 'decidedOn cannot be in the future');
    const concern = await this.concernForTeam(manager, actor, input.concernId);
    this.policy.assertCanDecide(actor, concern.localAuthorityId);
    if (concern.outcome !== DecisionOutcome.PREVENT_REFERRAL) {
      throw new ConcernException(ConcernRefusal.WRONG_STATUS, 'Only a concern referred to Prevent has a Channel outcome');
    }
    const before = concern.channelOutcome;
    concern.channelOutcome = input.outcome;
    concern.channelOutcomeOn = input.decidedOn;
    await manager.save(concern);
    await this.chronology.write(manager, actor, {
      childId: concern.childId!,
      kind: 'concern.channel_outcome',
      summary: `Channel panel outcome for ${concernReference(concern.seq)}: ${input.outcome.toLowerCase().replace(/_/g, ' ')}`,
      occurredOn: input.decidedOn,
      restrictedToSchoolId: concern.schoolId,
    });
    await this.audit.record(manager, actor, {
      action: 'concerns.record_channel_outcome',
      entityType: 'Concern',
      entityId: concern.id,
      localAuthorityId: concern.localAuthorityId,
      details: { before, after: input.outcome, decidedOn: input.decidedOn },
    });
    return concern;
  }

  /** The decision is in effect: the filer is told the outcome (the feedback Ofsted found missing). */
  private async takeEffect(manager: EntityManager, concern: Concern, decision: ConcernDecision, now: Date): Promise<void> {
    concern.status = ConcernStatus.DECIDED;
    concern.outcome = decision.outcome;
    concern.outcomeAt = now;
    await manager.save(concern);
    await this.notifications.notify(manager, {
      recipientId: concern.authorId,
      kind: 'concern.outcome',
      title: `Outcome of your safeguarding concern ${concernReference(concern.seq)}: ${OUTCOME_LABELS[decision.outcome]}`,
      link: PORTAL_LINKS.concern(concern.id),
    });
  }

  private async concernForTeam(manager: EntityManager, actor: Actor, concernId: string): Promise<Concern> {
    const concern = await manager.findOne(Concern, { where: { id: concernId }, lock: { mode: 'pessimistic_write' } });
    if (!concern || concern.status === ConcernStatus.DRAFT || !this.policy.isAreaReader(actor, concern.localAuthorityId)) {
      throw CommonException.notFound('The concern');
    }
    return concern;
  }

  private validChange(input: SignOffDecisionInput): DecisionFields {
    if (!input.replacement) throw CommonException.invalidInput('replacement', 'To change a decision, give your own decision');
    if (!input.changeReason?.trim()) throw CommonException.invalidInput('changeReason', 'Say why the decision is changed');
    return validDecision(input.replacement, 'replacement.');
  }
}

type DecisionFields = Pick<ConcernDecision, 'outcome' | 'thresholdLevel' | 'criteria' | 'rationale'>;

/** A decision must say which criteria it relied on and why; a strategy discussion needs significant harm. */
function validDecision(input: DecisionInput, prefix: string): DecisionFields {
  const rationale = input.rationale.trim();
  if (!rationale) throw CommonException.invalidInput(`${prefix}rationale`, 'The rationale cannot be empty');
  if (rationale.length < CONCERN_RULES.minimumRationaleLength) {
    throw CommonException.invalidInput(`${prefix}rationale`, `Write the rationale in full (at least ${CONCERN_RULES.minimumRationaleLength} characters)`);
  }
  const criteria = input.criteria.map((c) => c.trim()).filter(Boolean);
  if (!criteria.length) throw CommonException.invalidInput(`${prefix}criteria`, 'Name at least one threshold criterion relied on');
  if (input.outcome === DecisionOutcome.STRATEGY_DISCUSSION && input.thresholdLevel !== ThresholdLevel.SIGNIFICANT_HARM) {
    throw CommonException.invalidInput(`${prefix}thresholdLevel`, 'A strategy discussion needs reasonable cause to suspect significant harm (SIGNIFICANT_HARM)');
  }
  return { outcome: input.outcome, thresholdLevel: input.thresholdLevel, criteria, rationale };
}
