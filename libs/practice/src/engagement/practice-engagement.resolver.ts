import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { byKeys, renderSafeMarkdown, requestLoader } from '@safeguard/platform';
import type { GraphQLRequestContext } from '@safeguard/platform';
import { Actor, Authorize, CurrentActor, Permission } from '@safeguard/policy';
import { PracticeEntry } from '../entries/practice-entry.entity';
import { CommentOnPracticeEntryInput, EndorsePracticeEntryInput } from '../entries/practice.inputs';
import { practiceUsers } from '../practice-people';
import { PracticePolicy } from '../practice.policy';
import { PracticeAuthorModel, PracticeCommentModel, PracticeEntryModel } from '../practice.models';
import { PracticeComment } from './practice-comment.entity';
import { PracticeEngagementService } from './practice-engagement.service';

@Resolver(() => PracticeCommentModel)
export class PracticeEngagementResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly engagement: PracticeEngagementService,
    private readonly policy: PracticePolicy,
  ) {}

  @Mutation(() => PracticeEntryModel, { description: 'Endorses an entry: "used this in my school". The author is told.' })
  // Taking part is for schools' leaders and the council's team; HMI and clerks read only.
  @Authorize(Permission.PublishPractice)
  async endorsePracticeEntry(@CurrentActor() actor: Actor, @Args('input') input: EndorsePracticeEntryInput): Promise<PracticeEntry> {
    const endorsement = await this.engagement.endorse(actor, input);
    return this.dataSource.manager.findOneByOrFail(PracticeEntry, { id: endorsement.entryId });
  }

  @Mutation(() => PracticeCommentModel, { description: 'Comments on an entry, asks its author a question, or answers one. The author (or asker) is told.' })
  @Authorize(Permission.PublishPractice)
  commentOnPracticeEntry(@CurrentActor() actor: Actor, @Args('input') input: CommentOnPracticeEntryInput) {
    return this.engagement.comment(actor, input);
  }

  @ResolveField('bodyHtml', () => String, { description: 'The text rendered safely to HTML.' })
  bodyHtml(@Parent() comment: PracticeComment): string {
    return renderSafeMarkdown(comment.body);
  }

  @ResolveField('byEntryAuthor', () => Boolean, { description: 'Whether the entry’s author wrote it (shown even when the author is anonymous).' })
  async byEntryAuthor(@Parent() comment: PracticeComment, @Context() context: GraphQLRequestContext): Promise<boolean> {
    return (await this.entryOf(comment, context)).authorId === comment.authorId;
  }

  @ResolveField('author', () => PracticeAuthorModel, { nullable: true, description: 'Who wrote it; null when it is an anonymous entry’s author and you may not know them.' })
  async author(@Parent() comment: PracticeComment, @CurrentActor() actor: Actor, @Context() context: GraphQLRequestContext): Promise<PracticeAuthorModel | null> {
    const entry = await this.entryOf(comment, context);
    if (entry.authorId === comment.authorId && !this.policy.seesAuthor(actor, entry)) return null;
    return practiceUsers(this.dataSource, context).load(comment.authorId);
  }

  private async entryOf(comment: PracticeComment, context: GraphQLRequestContext): Promise<PracticeEntry> {
    const entry = await requestLoader<string, PracticeEntry | null>(context, 'practiceCommentEntry', async (ids) =>
      byKeys(ids, await this.dataSource.manager.findBy(PracticeEntry, { id: In([...ids]) }), (e) => e.id),
    ).load(comment.entryId);
    return entry!;
  }
}
