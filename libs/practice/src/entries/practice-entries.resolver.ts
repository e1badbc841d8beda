import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { School } from '@safeguard/organisations';
import { byKeys, renderSafeMarkdown, requestLoader } from '@safeguard/platform';
import type { GraphQLRequestContext } from '@safeguard/platform';
import { Actor, Authorize, CurrentActor, Permission } from '@safeguard/policy';
import { PracticeAttachment } from '../attachments/practice-attachment.entity';
import { PracticeComment } from '../engagement/practice-comment.entity';
import { PracticePolicy } from '../practice.policy';
import {
  PracticeAttachmentModel, PracticeAuthorModel, PracticeCommentModel, PracticeEntryModel, PracticeSchoolModel, PracticeSearchConnection,
  PracticeTagModel,
} from '../practice.models';
import { practiceUsers } from '../practice-people';
import { MANAGED_TAGS } from '../practice-tags';
import { PracticeEntriesService } from './practice-entries.service';
import { PracticeEntry } from './practice-entry.entity';
import { PracticeEntriesArgs, PublishPracticeEntryInput, UpdatePracticeEntryInput } from './practice.inputs';

/** Rows of `entity` for many entries at once, oldest first. */
async function rowsByEntry<T extends { entryId: string }>(dataSource: DataSource, entity: new () => T, ids: readonly string[]): Promise<T[][]> {
  const rows = await dataSource.manager.createQueryBuilder(entity, 'r').where('r.entryId IN (:...ids)', { ids: [...ids] }).orderBy('r.createdAt', 'ASC').getMany();
  return ids.map((id) => rows.filter((r) => r.entryId === id));
}

@Resolver(() => PracticeEntryModel)
export class PracticeEntriesResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly entries: PracticeEntriesService,
    private readonly policy: PracticePolicy,
  ) {}

  @Query(() => PracticeEntryModel, { description: 'One entry, if it is visible to you; otherwise NOT_FOUND.' })
  @Authorize(Permission.ReadPracticeLibrary)
  practiceEntry(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The entry.' }) id: string) {
    return this.entries.read(actor, id);
  }

  @Query(() => PracticeSearchConnection, { description: 'Search and browse the entries visible to you, by relevance, newest or most endorsed.' })
  @Authorize(Permission.ReadPracticeLibrary)
  practiceEntries(@CurrentActor() actor: Actor, @Args() args: PracticeEntriesArgs) {
    return this.entries.search(actor, args);
  }

  @Query(() => [PracticeTagModel], { description: 'The managed list of tags.' })
  @Authorize(Permission.ReadPracticeLibrary)
  practiceTags(): PracticeTagModel[] {
    return [...MANAGED_TAGS];
  }

  @Mutation(() => PracticeEntryModel, { description: 'Publishes a practice entry (or, for the council, guidance).' })
  @Authorize(Permission.PublishPractice)
  publishPracticeEntry(@CurrentActor() actor: Actor, @Args('input') input: PublishPracticeEntryInput) {
    return this.entries.publish(actor, input);
  }

  @Mutation(() => PracticeEntryModel, { description: 'Changes your entry.' })
  @Authorize(Permission.PublishPractice)
  updatePracticeEntry(@CurrentActor() actor: Actor, @Args('input') input: UpdatePracticeEntryInput) {
    return this.entries.update(actor, input);
  }

  @Mutation(() => PracticeEntryModel, { description: 'Withdraws an entry (its author, or the council’s officers).' })
  @Authorize(Permission.PublishPractice)
  withdrawPracticeEntry(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The entry.' }) id: string) {
    return this.entries.withdraw(actor, id);
  }

  @Mutation(() => PracticeEntryModel, { description: 'The council’s officers feature (or stop featuring) an entry of their authority.' })
  @Authorize(Permission.CuratePracticeLibrary)
  featurePracticeEntry(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The entry.' }) id: string,
    @Args('featured', { description: 'Feature it, or stop.' }) featured: boolean,
  ) {
    return this.entries.feature(actor, id, featured);
  }

  @ResolveField('bodyHtml', () => String, { description: 'The body rendered safely to HTML (no script, no raw HTML, safe links only).' })
  bodyHtml(@Parent() entry: PracticeEntry): string {
    return renderSafeMarkdown(entry.body);
  }

  @ResolveField('author', () => PracticeAuthorModel, { nullable: true, description: 'Who wrote it; null when anonymous to you.' })
  author(@Parent() entry: PracticeEntry, @CurrentActor() actor: Actor, @Context() context: GraphQLRequestContext): Promise<PracticeAuthorModel | null> | null {
    if (!this.policy.seesAuthor(actor, entry)) return null;
    return practiceUsers(this.dataSource, context).load(entry.authorId);
  }

  @ResolveField('authorSchool', () => PracticeSchoolModel, { nullable: true, description: 'The author’s school; null for guidance or when anonymous to you.' })
  authorSchool(@Parent() entry: PracticeEntry, @CurrentActor() actor: Actor, @Context() context: GraphQLRequestContext): Promise<School | null> | null {
    if (!entry.authorSchoolId || !this.policy.seesAuthor(actor, entry)) return null;
    return requestLoader<string, School | null>(context, 'practiceSchool', async (ids) =>
      byKeys(ids, await this.dataSource.manager.findBy(School, { id: In([...ids]) }), (s) => s.id),
    ).load(entry.authorSchoolId);
  }

  @ResolveField('writtenByMe', () => Boolean, { description: 'Whether you wrote it.' })
  writtenByMe(@Parent() entry: PracticeEntry, @CurrentActor() actor: Actor): boolean {
    return entry.authorId === actor.userId;
  }

  @ResolveField('endorsedByMe', () => Boolean, { description: 'Whether you have endorsed it.' })
  endorsedByMe(@Parent() entry: PracticeEntry, @CurrentActor() actor: Actor, @Context() context: GraphQLRequestContext): Promise<boolean> {
    return requestLoader<string, boolean>(context, 'practiceEndorsedByMe', async (ids) => {
      const rows: Array<{ entry_id: string }> = await this.dataSource.query(
        'SELECT entry_id FROM practice_endorsements WHERE user_id = $1 AND entry_id = ANY($2::uuid[])', [actor.userId, [...ids]],
      );
      const mine = new Set(rows.map((r) => r.entry_id));
      return ids.map((id) => mine.has(id));
    }).load(entry.id);
  }

  @ResolveField('comments', () => [PracticeCommentModel], { description: 'Comments, questions and answers, oldest first.' })
  comments(@Parent() entry: PracticeEntry, @Context() context: GraphQLRequestContext): Promise<PracticeComment[]> {
    return requestLoader<string, PracticeComment[]>(context, 'practiceComments', (ids) => rowsByEntry(this.dataSource, PracticeComment, ids)).load(entry.id);
  }

  @ResolveField('attachments', () => [PracticeAttachmentModel], { description: 'Attached files, oldest first.' })
  async attachments(@Parent() entry: PracticeEntry, @Context() context: GraphQLRequestContext): Promise<PracticeAttachmentModel[]> {
    const rows = await requestLoader<string, PracticeAttachment[]>(context, 'practiceAttachments', (ids) => rowsByEntry(this.dataSource, PracticeAttachment, ids)).load(entry.id);
    return rows.map((a) => ({ ...a, downloadPath: `/practice-attachments/${a.id}` }));
  }
}
