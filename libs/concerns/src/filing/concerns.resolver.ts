import { Args, Context, Float, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { byKeys, requestLoader } from '@safeguard/platform';
import type { GraphQLRequestContext } from '@safeguard/platform';
import { Actor, Authorize, CurrentActor, Permission } from '@safeguard/policy';
import { Child, ChildModel, ChildrenService } from '@safeguard/register';
import { ConcernAttachmentsService } from '../attachments/concern-attachments.service';
import { ConcernAttachment } from '../attachments/concern-attachment.entity';
import { ConcernCategory } from '../concern.enums';
import { ConcernPolicy } from '../concern.policy';
import {
  ConcernAdditionModel, ConcernAttachmentModel, ConcernConnection, ConcernDecisionModel, ConcernModel, PreventDetailsModel,
  RiskCallModel,
} from '../concerns.models';
import { ConcernDecision } from '../front-door/concern-decision.entity';
import { ConcernAddition } from './concern-addition.entity';
import { ConcernFilingService } from './concern-filing.service';
import { concernReference } from './concern-reference';
import { Concern } from './concern.entity';
import { AddToConcernInput, ConcernsArgs, SaveConcernDraftInput, SubmitConcernInput } from './concern.inputs';
import { ConcernsService } from './concerns.service';
import { PREVENT_FIELDS } from './prevent-details';

const HOUR_MS = 3_600_000;

/** Loads rows of `entity` for many concerns at once, oldest first. */
async function rowsByConcern<T extends { concernId: string }>(
  dataSource: DataSource,
  entity: new () => T,
  orderBy: string,
  ids: readonly string[],
): Promise<T[][]> {
  const rows = await dataSource.manager
    .createQueryBuilder(entity, 'r')
    .where('r.concernId IN (:...ids)', { ids: [...ids] })
    .orderBy(`r.${orderBy}`, 'ASC')
    .getMany();
  return ids.map((id) => rows.filter((r) => r.concernId === id));
}

@Resolver(() => ConcernModel)
export class ConcernsResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reads: ConcernsService,
    private readonly filing: ConcernFilingService,
    private readonly attachments: ConcernAttachmentsService,
    private readonly children: ChildrenService,
    private readonly policy: ConcernPolicy,
  ) {}

  @Query(() => ConcernModel, { description: 'One concern, if you may read it (an audited read); otherwise NOT_FOUND.' })
  @Authorize(Permission.ReadConcerns)
  concern(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The concern.' }) id: string) {
    return this.reads.read(actor, id);
  }

  @Query(() => ConcernConnection, { description: 'Concerns you may read, newest first: a school its own (and your drafts), the authority’s team and HMI the area’s.' })
  @Authorize(Permission.ReadConcerns)
  concerns(@CurrentActor() actor: Actor, @Args() args: ConcernsArgs) {
    return this.reads.list(actor, args);
  }

  @Mutation(() => ConcernModel, { description: 'Starts or changes your draft concern. Only you see a draft.' })
  @Authorize(Permission.FileConcerns)
  saveConcernDraft(@CurrentActor() actor: Actor, @Args('input') input: SaveConcernDraftInput) {
    return this.filing.saveDraft(actor, input);
  }

  @Mutation(() => ConcernModel, { description: 'Submits your draft to the council’s front door; refused until it is complete.' })
  @Authorize(Permission.FileConcerns)
  submitConcern(@CurrentActor() actor: Actor, @Args('input') input: SubmitConcernInput) {
    return this.filing.submit(actor, input.concernId);
  }

  @Mutation(() => ID, { description: 'Throws away your draft (one without attachments). Returns its id.' })
  @Authorize(Permission.FileConcerns)
  discardConcernDraft(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The draft.' }) id: string) {
    return this.filing.discardDraft(actor, id);
  }

  @Mutation(() => ConcernAdditionModel, { description: 'Adds to a submitted concern, which is never edited (each addition is audited).' })
  @Authorize(Permission.AddToConcerns)
  addToConcern(@CurrentActor() actor: Actor, @Args('input') input: AddToConcernInput) {
    return this.filing.addTo(actor, input);
  }

  @ResolveField('reference', () => String, { description: 'The reference to quote, e.g. SC-1042.' })
  reference(@Parent() concern: Concern): string {
    return concernReference(concern.seq);
  }

  @ResolveField('child', () => ChildModel, { nullable: true, description: 'The child (an audited read); null for a draft’s child not yet on the register.' })
  child(@Parent() concern: Concern, @CurrentActor() actor: Actor, @Context() context: GraphQLRequestContext): Promise<Child | null> | null {
    if (!concern.childId) return null;
    return requestLoader<string, Child | null>(context, 'concernChild', async (ids) =>
      byKeys(ids, await this.children.readMany(actor, ids, 'concern'), (c) => c.id),
    ).load(concern.childId);
  }

  @ResolveField('draftChildName', () => String, { nullable: true, description: 'A draft’s child not yet on the register: the name given.' })
  draftChildName(@Parent() concern: Concern): string | null {
    const child = concern.draftChild as { legalFirstName?: string; legalLastName?: string } | null;
    return child ? `${child.legalFirstName ?? ''} ${child.legalLastName ?? ''}`.trim() : null;
  }

  @ResolveField('riskCall', () => RiskCallModel, { nullable: true, description: 'The call made about an immediate risk.' })
  riskCall(@Parent() c: Concern): RiskCallModel | null {
    return c.riskCallTo && c.riskCallAt && c.riskCallOutcome ? { to: c.riskCallTo, at: c.riskCallAt, outcome: c.riskCallOutcome } : null;
  }

  @ResolveField('prevent', () => PreventDetailsModel, { nullable: true, description: 'The Prevent referral details (radicalisation concerns).' })
  prevent(@Parent() c: Concern): PreventDetailsModel | null {
    const any = PREVENT_FIELDS.some((f) => c.prevent[f]);
    return c.categories.includes(ConcernCategory.RADICALISATION) || any ? c.prevent : null;
  }

  @ResolveField('hoursUntilDecisionDue', () => Float, { nullable: true, description: 'Time left before the decision deadline, in hours; negative once overdue; null once decided.' })
  hoursUntilDecisionDue(@Parent() c: Concern): number | null {
    if (!c.decisionDueAt || c.firstDecidedAt) return null;
    return Math.round(((c.decisionDueAt.getTime() - Date.now()) / HOUR_MS) * 10) / 10;
  }

  @ResolveField('decisionOverdue', () => Boolean, { description: 'Whether the decision is late: not made by the deadline.' })
  decisionOverdue(@Parent() c: Concern): boolean {
    if (!c.decisionDueAt) return false;
    return (c.firstDecidedAt ?? new Date()).getTime() > c.decisionDueAt.getTime();
  }

  @ResolveField('additions', () => [ConcernAdditionModel], { description: 'What was added after submission, oldest first.' })
  additions(@Parent() concern: Concern, @Context() context: GraphQLRequestContext): Promise<ConcernAddition[]> {
    return requestLoader<string, ConcernAddition[]>(context, 'concernAdditions', (ids) =>
      rowsByConcern(this.dataSource, ConcernAddition, 'createdAt', ids),
    ).load(concern.id);
  }

  @ResolveField('attachments', () => [ConcernAttachmentModel], { description: 'Attached files, oldest first.' })
  async attachmentsOf(@Parent() concern: Concern, @Context() context: GraphQLRequestContext): Promise<ConcernAttachmentModel[]> {
    const rows = await requestLoader<string, ConcernAttachment[]>(context, 'concernAttachments', (ids) =>
      rowsByConcern(this.dataSource, ConcernAttachment, 'createdAt', ids),
    ).load(concern.id);
    return rows.map((a) => ({ ...a, downloadPath: `/concern-attachments/${a.id}` }));
  }

  @ResolveField('decisions', () => [ConcernDecisionModel], {
    nullable: true,
    description: 'Every decision and sign-off, oldest first: for the authority’s team and HMI; null for the school, which sees the outcome.',
  })
  async decisions(@Parent() concern: Concern, @CurrentActor() actor: Actor, @Context() context: GraphQLRequestContext): Promise<ConcernDecision[] | null> {
    if (!this.policy.isAreaReader(actor, concern.localAuthorityId)) return null;
    return requestLoader<string, ConcernDecision[]>(context, 'concernDecisions', (ids) =>
      rowsByConcern(this.dataSource, ConcernDecision, 'decidedAt', ids),
    ).load(concern.id);
  }
}
