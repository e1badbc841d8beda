import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { londonToday } from '@safeguard/calendar';
import { byKeys, requestLoader } from '@safeguard/platform';
import type { GraphQLRequestContext } from '@safeguard/platform';
import { Actor, Authorize, CurrentActor, Permission } from '@safeguard/policy';
import { Child } from '../children/child.entity';
import { ChildrenService } from '../children/children.service';
import { EntryFlagsService } from '../dashboard/entry-flags.service';
import { isOverdue } from '../deadlines/overdue';
import { RegisterDeadline } from '../deadlines/register-deadline.entity';
import { EnquiryKind } from '../register.enums';
import { RegisterPolicy } from '../register.policy';
import {
  ChildModel, DeadlineModel, EnquiryModel, EntryFlag, RegisterEntryConnection, RegisterEntryModel, VisitModel,
  WhereaboutsModel,
} from '../register.models';
import { Enquiry } from './enquiry.entity';
import {
  AssignRegisterEntryInput, CloseRegisterEntryInput, OpenRegisterEntryInput, RecordEnquiryInput, RecordProvisionInput,
  RecordVisitInput, RecordWhereaboutsInput, RegisterEntriesArgs, SignOffClosureInput,
} from './entry.inputs';
import { mandatoryEnquiries, MissingEducationService } from './missing-education.service';
import { RegisterEntriesService } from './register-entries.service';
import { RegisterEntry } from './register-entry.entity';
import { Visit } from './visit.entity';
import { VisitsService } from './visits.service';

@Resolver(() => RegisterEntryModel)
export class RegisterEntriesResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly entries: RegisterEntriesService,
    private readonly missing: MissingEducationService,
    private readonly visits: VisitsService,
    private readonly children: ChildrenService,
    private readonly flags: EntryFlagsService,
    private readonly policy: RegisterPolicy,
  ) {}

  @Query(() => RegisterEntryModel, { description: 'One register entry, if the caller may see it.' })
  @Authorize(Permission.ReadRegister)
  registerEntry(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The entry.' }) id: string) {
    return this.entries.read(actor, id);
  }

  @Query(() => RegisterEntryConnection, { description: 'Register entries the caller may see, newest report first.' })
  @Authorize(Permission.ReadRegister)
  registerEntries(@CurrentActor() actor: Actor, @Args() args: RegisterEntriesArgs) {
    return this.entries.list(actor, args);
  }

  @Mutation(() => RegisterEntryModel, { description: 'Reports a child to the register (schools), or opens any entry (the council).' })
  @Authorize(Permission.ReportToRegister)
  openRegisterEntry(@CurrentActor() actor: Actor, @Args('input') input: OpenRegisterEntryInput) {
    return this.entries.open(actor, input);
  }

  @Mutation(() => RegisterEntryModel, { description: 'Gives an entry to an officer, who is notified.' })
  @Authorize(Permission.WorkRegister)
  assignRegisterEntry(@CurrentActor() actor: Actor, @Args('input') input: AssignRegisterEntryInput) {
    return this.entries.assign(actor, input);
  }

  @Mutation(() => EnquiryModel, { description: 'Records a reasonable enquiry for a child missing education.' })
  @Authorize(Permission.WorkRegister)
  recordEnquiry(@CurrentActor() actor: Actor, @Args('input') input: RecordEnquiryInput) {
    return this.missing.recordEnquiry(actor, input);
  }

  @Mutation(() => RegisterEntryModel, { description: 'Records where a child missing education was found.' })
  @Authorize(Permission.WorkRegister)
  recordWhereabouts(@CurrentActor() actor: Actor, @Args('input') input: RecordWhereaboutsInput) {
    return this.missing.recordWhereabouts(actor, input);
  }

  @Mutation(() => VisitModel, { description: 'Records a contact, visit or safety check; refused without its safeguarding section.' })
  @Authorize(Permission.WorkRegister)
  recordVisit(@CurrentActor() actor: Actor, @Args('input') input: RecordVisitInput) {
    return this.visits.recordVisit(actor, input);
  }

  @Mutation(() => RegisterEntryModel, { description: 'Records education arranged for an excluded child.' })
  @Authorize(Permission.WorkRegister)
  recordProvision(@CurrentActor() actor: Actor, @Args('input') input: RecordProvisionInput) {
    return this.visits.recordProvision(actor, input);
  }

  @Mutation(() => RegisterEntryModel, {
    description: 'Closes an entry. A child missing education not found waits for a manager’s sign-off, after every mandatory enquiry.',
  })
  @Authorize(Permission.WorkRegister)
  closeRegisterEntry(@CurrentActor() actor: Actor, @Args('input') input: CloseRegisterEntryInput) {
    return this.missing.close(actor, input);
  }

  @Mutation(() => RegisterEntryModel, { description: 'An LA manager who did none of the work signs off (or refuses) a closure without whereabouts.' })
  @Authorize(Permission.SignOffRegister)
  signOffClosure(@CurrentActor() actor: Actor, @Args('input') input: SignOffClosureInput) {
    return this.missing.signOffClosure(actor, input);
  }

  @ResolveField('child', () => ChildModel, { nullable: true, description: 'The child (an audited read); null if you may not read the record.' })
  child(@Parent() entry: RegisterEntry, @CurrentActor() actor: Actor, @Context() context: GraphQLRequestContext): Promise<Child | null> {
    return requestLoader<string, Child | null>(context, 'registerChild', async (ids) =>
      byKeys(ids, await this.children.readMany(actor, ids, 'entry'), (c) => c.id),
    ).load(entry.childId);
  }

  @ResolveField('whereabouts', () => WhereaboutsModel, { nullable: true, description: 'CME: where the child was found.' })
  whereabouts(@Parent() e: RegisterEntry): WhereaboutsModel | null {
    if (!e.whereaboutsKind || !e.locatedOn) return null;
    return {
      kind: e.whereaboutsKind,
      schoolId: e.whereaboutsSchoolId,
      localAuthorityCode: e.whereaboutsLocalAuthorityCode,
      country: e.whereaboutsCountry,
      evidence: e.whereaboutsEvidence,
      locatedOn: e.locatedOn,
    };
  }

  @ResolveField('enquiries', () => [EnquiryModel], {
    description: 'CME: enquiries made, oldest first; empty for schools, which see only which are outstanding (the outcomes are the council’s casework about the family).',
  })
  async enquiriesOf(@Parent() entry: RegisterEntry, @CurrentActor() actor: Actor, @Context() context: GraphQLRequestContext): Promise<Enquiry[]> {
    if (!this.policy.isAreaReader(actor, entry.localAuthorityId)) return [];
    return this.enquiries(entry, context);
  }

  private enquiries(entry: RegisterEntry, context: GraphQLRequestContext): Promise<Enquiry[]> {
    return requestLoader<string, Enquiry[]>(context, 'registerEnquiries', async (ids) => {
      const rows = await this.dataSource.manager
        .createQueryBuilder(Enquiry, 'q')
        .where('q.entryId IN (:...ids)', { ids: [...ids] })
        .orderBy('q.madeOn', 'ASC')
        .addOrderBy('q.createdAt', 'ASC')
        .getMany();
      return ids.map((id) => rows.filter((r) => r.entryId === id));
    }).load(entry.id);
  }

  @ResolveField('outstandingEnquiries', () => [EnquiryKind], { description: 'CME: mandatory enquiries not yet recorded.' })
  async outstandingEnquiries(@Parent() entry: RegisterEntry, @Context() context: GraphQLRequestContext): Promise<EnquiryKind[]> {
    if (entry.kind !== 'CME') return [];
    const done = new Set((await this.enquiries(entry, context)).map((q) => q.kind));
    return mandatoryEnquiries(entry).filter((k) => !done.has(k));
  }

  @ResolveField('visits', () => [VisitModel], {
    nullable: true,
    description: 'Contacts, visits and safety checks, oldest first; null for schools, which do not see visit records.',
  })
  async visitsOf(@Parent() entry: RegisterEntry, @CurrentActor() actor: Actor, @Context() context: GraphQLRequestContext): Promise<Visit[] | null> {
    if (!this.policy.isAreaReader(actor, entry.localAuthorityId)) return null;
    return requestLoader<string, Visit[]>(context, 'registerVisits', async (ids) => {
      const rows = await this.dataSource.manager
        .createQueryBuilder(Visit, 'v')
        .where('v.entryId IN (:...ids)', { ids: [...ids] })
        .orderBy('v.occurredOn', 'ASC')
        .addOrderBy('v.createdAt', 'ASC')
        .getMany();
      return ids.map((id) => rows.filter((r) => r.entryId === id));
    }).load(entry.id);
  }

  @ResolveField('deadlines', () => [DeadlineModel], { description: 'Deadlines set for the entry, earliest first.' })
  deadlines(@Parent() entry: RegisterEntry, @Context() context: GraphQLRequestContext): Promise<DeadlineModel[]> {
    const today = londonToday();
    return requestLoader<string, DeadlineModel[]>(context, 'registerDeadlines', async (ids) => {
      const rows = await this.dataSource.manager
        .createQueryBuilder(RegisterDeadline, 'd')
        .where('d.entryId IN (:...ids)', { ids: [...ids] })
        .orderBy('d.dueOn', 'ASC')
        .addOrderBy('d.createdAt', 'ASC')
        .getMany();
      return ids.map((id) =>
        rows
          .filter((r) => r.entryId === id)
          .map((d) => ({ ...d, overdue: isOverdue(d, today) })),
      );
    }).load(entry.id);
  }

  @ResolveField('flags', () => [EntryFlag], { description: 'Why the entry needs attention.' })
  flagsOf(@Parent() entry: RegisterEntry, @Context() context: GraphQLRequestContext): Promise<EntryFlag[]> {
    return requestLoader<RegisterEntry, EntryFlag[]>(context, 'registerFlags', (entries) => this.flags.flagsFor(entries), ).load(entry);
  }
}
