import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PasswordService } from '@safeguard/accounts';
import { AuditService } from '@safeguard/audit';
import type { GraphQLRequestContext } from '@safeguard/platform';
import { Actor, Authenticated, CurrentActor, Public } from '@safeguard/policy';
import { SignInThrottle } from '@safeguard/rate-limits';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { requestMeta } from './request-meta';
import {
  ChangePasswordInput, RequestPasswordResetInput, ResetPasswordInput, RevokeAllSessionsInput, RevokeSessionInput, SignedInSessionModel,
} from './session.models';
import { SessionsService, SessionView } from './sessions.service';

/** Your own sessions and password. */
@Resolver()
export class SessionsResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
  ) {}

  @Query(() => [SignedInSessionModel], { description: 'Your sessions still in force, the current one flagged; most recently used first.' })
  @Authenticated()
  mySessions(@CurrentActor() actor: Actor): Promise<SessionView[]> {
    return this.sessions.list(actor);
  }

  @Mutation(() => Boolean, { description: 'Ends one of your sessions: its tokens stop working at once.' })
  @Authenticated()
  async revokeSession(@CurrentActor() actor: Actor, @Args('input') input: RevokeSessionInput): Promise<boolean> {
    await this.sessions.revoke(actor, input.sessionId);
    return true;
  }

  @Mutation(() => Int, { description: 'Ends all your other sessions (or all, this one too); returns how many ended.' })
  @Authenticated()
  revokeAllSessions(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => RevokeAllSessionsInput, nullable: true, description: 'Whether to end this session too.' })
    input?: RevokeAllSessionsInput,
  ): Promise<number> {
    return this.sessions.revokeAll(actor, Boolean(input?.includeCurrent));
  }

  @Mutation(() => Boolean, { description: 'Changes your password; your other sessions end.' })
  @Authenticated()
  async changePassword(@CurrentActor() actor: Actor, @Args('input') input: ChangePasswordInput): Promise<boolean> {
    await this.dataSource.transaction(async (manager) => {
      await this.passwords.change(manager, actor.userId!, input.currentPassword, input.newPassword);
      const ended = await this.sessions.endAllOf(manager, actor.userId!, actor.sessionId, 'password changed');
      await this.audit.record(manager, actor, {
        action: 'accounts.password_changed', entityType: 'User', entityId: actor.userId, details: { sessionsEnded: ended },
      });
    });
    return true;
  }

  @Mutation(() => Boolean, {
    description: 'Sends a password-reset link to the address if it belongs to an active account. Always true, so it reveals no accounts.',
  })
  @Public('a forgotten password; the link goes only to the account’s own address')
  @SignInThrottle()
  async requestPasswordReset(@Args('input') input: RequestPasswordResetInput, @Context() { req }: GraphQLRequestContext): Promise<boolean> {
    await this.passwords.requestReset(input.email, requestMeta(req).requestId);
    return true;
  }

  @Mutation(() => Boolean, {
    description: 'Sets a new password with the token from a reset e-mail; every session of the account ends. Signing in still needs the authenticator.',
  })
  @Public('the reset token is the credential')
  @SignInThrottle((args) => (args.input as { token?: unknown } | undefined)?.token)
  async resetPassword(@Args('input') input: ResetPasswordInput, @Context() { req }: GraphQLRequestContext): Promise<boolean> {
    const meta = requestMeta(req);
    await this.dataSource.transaction(async (manager) => {
      const userId = await this.passwords.resetWithToken(manager, input.token, input.newPassword);
      const ended = await this.sessions.endAllOf(manager, userId, null, 'password reset');
      await this.audit.record(manager, new Actor(userId, [], meta.requestId), {
        action: 'accounts.password_reset', entityType: 'User', entityId: userId, details: { sessionsEnded: ended, ipAddress: meta.ipAddress ?? null },
      });
    });
    return true;
  }
}
