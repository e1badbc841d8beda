import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { CommonException } from '@safeguard/platform';
import { OutboxService } from '@safeguard/outbox';
import { Actor, Role } from '@safeguard/policy';
import { AccountPolicy } from './account.policy';
import { endSessionsOf } from './end-sessions';
import { ResetSecondFactorInput } from './account.inputs';
import { londonToday } from './london-date';
import { User } from './user.entity';

/**
 * Resetting a lost second factor: the authenticator and recovery codes are forgotten and every
 * session ends, so the next sign-in (password still needed) must set up a new authenticator. Only
 * someone who could grant every role the person holds may do it, never for themselves; the person
 * is told by e-mail, so a reset they did not ask for is noticed.
 */
@Injectable()
export class SecondFactorResetService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccountPolicy,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async reset(actor: Actor, input: ResetSecondFactorInput): Promise<User> {
    if (input.userId === actor.userId) {
      throw CommonException.invalidInput('userId', 'You cannot reset your own authenticator: ask an administrator');
    }
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(User, { where: { id: input.userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw CommonException.notFound('The user');
      const memberships: { role: Role; school_id: string | null; area: string | null }[] = await manager.query(
        `SELECT m.role, m.school_id, COALESCE(m.local_authority_id, s.local_authority_id) AS area
           FROM memberships m LEFT JOIN schools s ON s.id = m.school_id
          WHERE m.user_id = $1 AND (m.ends_on IS NULL OR m.ends_on >= $2)`,
        [user.id, londonToday()],
      );
      // An account with no current role can be reset only by ADMIN: nobody else answers for it.
      if (!memberships.length && !actor.hasRole(Role.ADMIN)) throw CommonException.notFound('The user');
      for (const m of memberships) {
        this.policy.assertCanGrant(actor, { role: m.role, schoolId: m.school_id ?? undefined, localAuthorityId: m.area });
      }
      await manager.update(User, { id: user.id }, { totpSecret: null, totpEnabledAt: null, totpLastStep: null });
      await manager.query('DELETE FROM recovery_codes WHERE user_id = $1', [user.id]);
      const ended = await endSessionsOf(manager, user.id, null, 'second factor reset');
      await this.outbox.enqueueEmail(manager, {
        recipient: user.email,
        subject: 'Your Safeguard Hub authenticator was reset',
        body: [
          'The authenticator app and recovery codes of your Safeguard Hub account were reset, and you were signed out everywhere.',
          'The next time you sign in with your password, you will be asked to set up an authenticator app again.',
          'If you did not ask for this, tell your council’s safeguarding team or the service’s administrators at once.',
        ].join('\n\n'),
      });
      await this.audit.record(manager, actor, {
        action: 'accounts.second_factor_reset',
        entityType: 'User',
        entityId: user.id,
        localAuthorityId: memberships.find((m) => m.area)?.area ?? null,
        details: { reason: input.reason, sessionsEnded: ended },
      });
      return user;
    });
  }
}
