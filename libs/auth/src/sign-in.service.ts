import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { SecondFactorService, SIGN_IN_RULES, TotpEnrolmentStart, User, UserStatus } from '@safeguard/accounts';
import { AuditService } from '@safeguard/audit';
import { Actor } from '@safeguard/policy';
import { AuthException, AuthExceptionReason } from './auth.exception';
import { AuthService, IssuedTokens, RequestMeta } from './auth.service';
import { SignInChallengeRecord } from './sign-in-challenge.entity';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export interface IssuedChallenge {
  challengeToken: string;
  enrolmentRequired: boolean;
  expiresAt: Date;
}

interface OpenChallenge {
  id: string;
  user_id: string;
  email: string;
  enrolment_required: boolean;
  locked_until: Date | null;
  status: UserStatus;
}

/**
 * The second step of signing in. A right password gives a challenge, never a session; the
 * challenge and a code from the authenticator app (or a recovery code) give the session. An
 * account without an app must set one up through its challenge before anything else.
 */
@Injectable()
export class SignInService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly factors: SecondFactorService,
    private readonly audit: AuditService,
  ) {}

  /** After the password (or an accepted invitation): the challenge that waits for the code. */
  async challenge(user: Pick<User, 'id'>, meta: RequestMeta, manager: EntityManager = this.dataSource.manager): Promise<IssuedChallenge> {
    const [row] = await manager.query('SELECT totp_enabled_at IS NULL AS enrolment_required FROM users WHERE id = $1', [user.id]);
    const enrolmentRequired = Boolean(row?.enrolment_required);
    const challengeToken = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + SIGN_IN_RULES.challengeMinutes * 60_000);
    await manager.insert(SignInChallengeRecord, {
      userId: user.id,
      tokenHash: sha256(challengeToken),
      enrolmentRequired,
      expiresAt,
      ipAddress: meta.ipAddress?.slice(0, 64) ?? null,
    });
    await this.audit.record(manager, new Actor(user.id, [], meta.requestId), {
      action: 'auth.password_accepted',
      entityType: 'User',
      entityId: user.id,
      details: { enrolmentRequired, ipAddress: meta.ipAddress ?? null },
    });
    return { challengeToken, enrolmentRequired, expiresAt };
  }

  /** Sets up the authenticator app for an account that has none: the secret, its QR code and recovery codes. */
  async startEnrolment(challengeToken: string, meta: RequestMeta): Promise<TotpEnrolmentStart> {
    const challenge = await this.openChallenge(challengeToken);
    await this.auth.assertNotLocked({ id: challenge.user_id, lockedUntil: challenge.locked_until }, meta);
    if (!challenge.enrolment_required) {
      throw new AuthException(AuthExceptionReason.CHALLENGE_INVALID, 'This account already has an authenticator app; enter a code from it');
    }
    return this.dataSource.transaction(async (manager) => {
      const started = await this.factors.beginEnrolment({ id: challenge.user_id, email: challenge.email }, manager);
      await this.audit.record(manager, new Actor(challenge.user_id, [], meta.requestId), {
        action: 'auth.totp_enrolment_started',
        entityType: 'User',
        entityId: challenge.user_id,
        details: { ipAddress: meta.ipAddress ?? null },
      });
      return started;
    });
  }

  /**
   * The code completes the sign-in (and a pending enrolment). A wrong or replayed code counts
   * towards the lock like a wrong password; the challenge stays open for another try until then.
   */
  async verify(challengeToken: string, code: string, meta: RequestMeta): Promise<IssuedTokens> {
    const challenge = await this.openChallenge(challengeToken);
    await this.auth.assertNotLocked({ id: challenge.user_id, lockedUntil: challenge.locked_until }, meta);
    const match = await this.factors.check(challenge.user_id, code);
    if (typeof match === 'string') {
      await this.auth.recordFailure(challenge.user_id, meta, match, 'auth.second_factor_failed');
      throw match === 'CODE_REPLAYED'
        ? new AuthException(AuthExceptionReason.CODE_REPLAYED, 'This code has been used already; wait for the next one')
        : new AuthException(AuthExceptionReason.INVALID_CODE, 'The code is not right');
    }
    const [, completed] = await this.dataSource.query(
      'UPDATE sign_in_challenges SET completed_at = now() WHERE id = $1 AND completed_at IS NULL',
      [challenge.id],
    );
    if (completed !== 1) throw this.challengeInvalid();
    await this.auth.clearFailures(challenge.user_id);
    const actor = new Actor(challenge.user_id, [], meta.requestId);
    if (match.enrolled) {
      await this.audit.record(null, actor, { action: 'auth.totp_enrolled', entityType: 'User', entityId: challenge.user_id });
    }
    if (match.method === 'RECOVERY_CODE') {
      await this.audit.record(null, actor, {
        action: 'auth.recovery_code_used',
        entityType: 'User',
        entityId: challenge.user_id,
        details: { recoveryCodesLeft: match.recoveryCodesLeft },
      });
    }
    return this.auth.startSession({ id: challenge.user_id }, meta, { secondFactor: match.method });
  }

  private async openChallenge(challengeToken: string): Promise<OpenChallenge> {
    if (challengeToken.length > 200) throw this.challengeInvalid();
    const [challenge]: OpenChallenge[] = await this.dataSource.query(
      `SELECT c.id, c.user_id, c.enrolment_required, u.email, u.locked_until, u.status
         FROM sign_in_challenges c JOIN users u ON u.id = c.user_id
        WHERE c.token_hash = $1 AND c.completed_at IS NULL AND c.expires_at > now()`,
      [sha256(challengeToken)],
    );
    if (!challenge || challenge.status !== UserStatus.ACTIVE) throw this.challengeInvalid();
    return challenge;
  }

  private challengeInvalid(): AuthException {
    return new AuthException(AuthExceptionReason.CHALLENGE_INVALID, 'This sign-in has expired or been used; start again with your password');
  }
}
