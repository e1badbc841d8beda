import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { NotificationsService, PORTAL_LINKS } from '@safeguard/notifications';
import { CommonException } from '@safeguard/platform';
import { Actor, Role } from '@safeguard/policy';
import { PracticeEntriesService } from '../entries/practice-entries.service';
import { PracticeEntry } from '../entries/practice-entry.entity';
import { CommentOnPracticeEntryInput, EndorsePracticeEntryInput } from '../entries/practice.inputs';
import { CommentKind } from '../practice.enums';
import { PracticeComment } from './practice-comment.entity';
import { PracticeEndorsement } from './practice-endorsement.entity';

/**
 * Endorsements, comments, questions and answers. The author hears of each; notifications name the
 * entry, never an anonymous author.
 */
@Injectable()
export class PracticeEngagementService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly entries: PracticeEntriesService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  async endorse(actor: Actor, input: EndorsePracticeEntryInput): Promise<PracticeEndorsement> {
    return this.dataSource.transaction(async (manager) => {
      const entry = await this.entries.readableForUpdate(manager, actor, input.entryId);
      if (entry.withdrawnAt) throw CommonException.conflict('This entry has been withdrawn');
      if (entry.authorId === actor.userId) throw CommonException.invalidInput('entryId', 'You cannot endorse your own entry');
      const [inserted] = await manager.query(
        `INSERT INTO practice_endorsements (entry_id, user_id, school_id, note) VALUES ($1, $2, $3, $4)
         ON CONFLICT (entry_id, user_id) DO NOTHING RETURNING id`,
        [entry.id, actor.userId, actor.schoolIds(Role.HEADTEACHER, Role.DSL, Role.GOVERNANCE_CLERK)[0] ?? null, input.note?.trim() || null],
      );
      if (!inserted) throw CommonException.conflict('You have already endorsed this entry');
      await manager.increment(PracticeEntry, { id: entry.id }, 'endorsementCount', 1);
      await this.notifications.notify(manager, {
        recipientId: entry.authorId,
        kind: 'practice.endorsed',
        title: `Someone used your practice “${entry.title}” in their school`,
        link: PORTAL_LINKS.practiceEntry(entry.id),
        email: false,
      });
      await this.audit.record(manager, actor, {
        action: 'practice.endorse', entityType: 'PracticeEntry', entityId: entry.id, localAuthorityId: entry.localAuthorityId,
      });
      return manager.findOneByOrFail(PracticeEndorsement, { id: inserted.id });
    });
  }

  async comment(actor: Actor, input: CommentOnPracticeEntryInput): Promise<PracticeComment> {
    return this.dataSource.transaction(async (manager) => {
      const entry = await this.entries.readableForUpdate(manager, actor, input.entryId);
      if (entry.withdrawnAt) throw CommonException.conflict('This entry has been withdrawn');
      let question: PracticeComment | null = null;
      if (input.kind === CommentKind.ANSWER) {
        question = input.parentId ? await manager.findOneBy(PracticeComment, { id: input.parentId, entryId: entry.id }) : null;
        if (!question || question.kind !== CommentKind.QUESTION) throw CommonException.invalidInput('parentId', 'An answer answers a question on this entry');
      } else if (input.parentId) {
        throw CommonException.invalidInput('parentId', 'Only an answer has a parent');
      }
      const comment = await manager.save(
        manager.create(PracticeComment, { entryId: entry.id, kind: input.kind, parentId: question?.id ?? null, authorId: actor.userId!, body: input.body.trim() }),
      );
      const tell = async (recipientId: string, title: string) => {
        if (recipientId !== actor.userId) {
          await this.notifications.notify(manager, { recipientId, kind: `practice.${input.kind.toLowerCase()}`, title, link: PORTAL_LINKS.practiceEntry(entry.id), email: false });
        }
      };
      if (question) await tell(question.authorId, `Your question on “${entry.title}” has an answer`);
      else await tell(entry.authorId, input.kind === CommentKind.QUESTION ? `A question on your practice “${entry.title}”` : `A comment on your practice “${entry.title}”`);
      await this.audit.record(manager, actor, {
        action: 'practice.comment', entityType: 'PracticeEntry', entityId: entry.id, localAuthorityId: entry.localAuthorityId,
        details: { commentId: comment.id, kind: input.kind },
      });
      return comment;
    });
  }
}
