import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { decoyHash, normaliseEmail, SIGN_IN_RULES, User, UserStatus, verifyPassword } from '@safeguard/accounts';
import { AuditOutcome, AuditService } from '@safeguard/audit';
import { AppConfig } from '@safeguard/config';
import { Actor } from '@safeguard/policy';
import { ActorLoader } from './actor-loader';
import { AuthSession } from './auth-session.entity';
import { AuthException, AuthExceptionReason } from './auth.exception';
import { RefreshToken } from './refresh-token.entity';

export interface RequestMeta {
  requestId: string;
  ipAddress?: string | null;
  userAgent?: string | null;
}

export interface IssuedTokens {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  userId: string;
}

interface AccessTokenClaims {
  sub: string;
  sid: string;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * Passwords, sessions and tokens. Every outcome of a sign-in is audited. A password alone opens no
 * session: SignInService asks for the second factor first.
 */
@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly actors: ActorLoader,
    private readonly audit: AuditService,
  ) {}

  /**
   * Checks e-mail and password, counting failures towards a temporary lock. Success does not clear
   * the count: only a complete sign-in does, so the password alone buys no fresh guesses at the code.
   */
  async verifyCredentials(email: string, password: string, meta: RequestMeta): Promise<User> {
    if (email.length > 254 || password.length > 1024) throw this.invalidCredentials();
    const normalised = normaliseEmail(email);
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: normalised })
      .getOne();
    if (!user?.passwordHash) {
      await verifyPassword(await decoyHash(), password);
      await this.auditSignIn(null, meta, 'auth.login_failed', AuditOutcome.REFUSED, { reason: 'unknown account', email: normalised.slice(0, 254) });
      throw this.invalidCredentials();
    }
    await this.assertNotLocked(user, meta);
    if (!(await verifyPassword(user.passwordHash, password))) {
      await this.recordFailure(user.id, meta, 'wrong password');
      throw this.invalidCredentials();
    }
    if (user.status !== UserStatus.ACTIVE) {
      await this.auditSignIn(user.id, meta, 'auth.login_failed', AuditOutcome.DENIED, { reason: `account ${user.status}` });
      throw new AuthException(AuthExceptionReason.ACCOUNT_NOT_ACTIVE, 'This account cannot sign in');
    }
    return user;
  }

  /** Refuses (and audits) a step of signing in while the account is locked. */
  async assertNotLocked(user: Pick<User, 'id' | 'lockedUntil'>, meta: RequestMeta): Promise<void> {
    if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
      await this.auditSignIn(user.id, meta, 'auth.login_refused_locked', AuditOutcome.DENIED, { lockedUntil: user.lockedUntil.toISOString() });
      throw new AuthException(
        AuthExceptionReason.ACCOUNT_LOCKED,
        'This account is locked after repeated failed sign-ins; try again later or ask an administrator',
      );
    }
  }

  /** A complete sign-in: the count of failures starts again. */
  async clearFailures(userId: string): Promise<void> {
    await this.dataSource.query(
      'UPDATE users SET failed_sign_in_count = 0, locked_until = NULL WHERE id = $1 AND (failed_sign_in_count > 0 OR locked_until IS NOT NULL)',
      [userId],
    );
  }

  /** Opens a session and issues its first pair of tokens. */
  async startSession(user: Pick<User, 'id'>, meta: RequestMeta, details: Record<string, unknown> = {}): Promise<IssuedTokens> {
    return this.dataSource.transaction(async (manager) => {
      const session = await manager.save(
        manager.create(AuthSession, {
          userId: user.id,
          expiresAt: new Date(Date.now() + this.config.auth.SESSION_MAX_LIFETIME_SECONDS * 1000),
          ipAddress: meta.ipAddress?.slice(0, 64) ?? null,
          userAgent: meta.userAgent?.slice(0, 300) ?? null,
        }),
      );
      const tokens = await this.issue(manager, user.id, session.id);
      await this.audit.record(manager, new Actor(user.id, [], meta.requestId, session.id), {
        action: 'auth.login',
        entityType: 'AuthSession',
        entityId: session.id,
        details: { ...details, ipAddress: meta.ipAddress ?? null },
      });
      return tokens;
    });
  }

  /**
   * Rotates a refresh token, which counts as use of the session (idle time starts again). A token
   * that was already used is a stolen copy or a replay: the whole session family is revoked.
   */
  async refresh(refreshToken: string, meta: RequestMeta): Promise<IssuedTokens> {
    const tokenHash = sha256(refreshToken);
    const outcome = await this.dataSource.transaction(async (manager) => {
      // TypeORM answers an UPDATE with [rows, affected].
      const [[rotated]] = await manager.query(
        `UPDATE refresh_tokens t SET used_at = now()
           FROM auth_sessions s JOIN users u ON u.id = s.user_id
          WHERE t.token_hash = $1 AND t.used_at IS NULL AND s.id = t.session_id
          RETURNING s.id AS session_id, s.user_id,
                    (s.revoked_at IS NULL AND s.expires_at > now() AND u.status = 'ACTIVE'
                     AND s.last_used_at > now() - make_interval(secs => $2)) AS ok`,
        [tokenHash, this.config.auth.SESSION_IDLE_TIMEOUT_SECONDS],
      );
      if (rotated?.ok) {
        await manager.query('UPDATE auth_sessions SET last_used_at = now() WHERE id = $1', [rotated.session_id]);
        return { tokens: await this.issue(manager, rotated.user_id, rotated.session_id) };
      }
      if (rotated) return { ended: rotated };
      const [reused] = await manager.query(
        `SELECT s.id AS session_id, s.user_id FROM refresh_tokens t JOIN auth_sessions s ON s.id = t.session_id
          WHERE t.token_hash = $1`,
        [tokenHash],
      );
      return reused ? { reused } : {};
    });
    if (outcome.tokens) return outcome.tokens;
    if (outcome.reused) {
      await this.revokeSession(outcome.reused.session_id, 'refresh token reused');
      await this.auditSignIn(outcome.reused.user_id, meta, 'auth.refresh_token_reused', AuditOutcome.DENIED, {
        sessionId: outcome.reused.session_id,
      });
      throw new AuthException(AuthExceptionReason.REFRESH_TOKEN_REUSED, 'This sign-in was ended for your safety; sign in again');
    }
    throw new AuthException(AuthExceptionReason.TOKEN_INVALID, 'Your session has ended; sign in again');
  }

  async logout(actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.revokeSession(actor.sessionId!, 'signed out', manager);
      await this.audit.record(manager, actor, { action: 'auth.logout', entityType: 'AuthSession', entityId: actor.sessionId });
    });
  }

  /** The Actor behind an access token (HTTP and socket handshakes alike). */
  async actorFromAccessToken(token: string, requestId: string): Promise<Actor> {
    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(token, { algorithms: ['HS256'] });
    } catch {
      throw new AuthException(AuthExceptionReason.TOKEN_INVALID, 'Your access token is not valid or has expired');
    }
    return this.actorFromClaims(claims, requestId);
  }

  actorFromClaims(claims: AccessTokenClaims, requestId: string): Promise<Actor> {
    if (typeof claims?.sub !== 'string' || typeof claims?.sid !== 'string') {
      throw new AuthException(AuthExceptionReason.TOKEN_INVALID, 'Your access token is not valid');
    }
    return this.actors.load(claims.sub, claims.sid, requestId);
  }

  private async issue(manager: EntityManager, userId: string, sessionId: string): Promise<IssuedTokens> {
    const refreshToken = randomBytes(32).toString('base64url');
    await manager.insert(RefreshToken, { sessionId, tokenHash: sha256(refreshToken) });
    const ttl = this.config.auth.ACCESS_TOKEN_TTL_SECONDS;
    const claims: AccessTokenClaims = { sub: userId, sid: sessionId };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: ttl, algorithm: 'HS256' });
    return { accessToken, refreshToken, accessTokenExpiresAt: new Date(Date.now() + ttl * 1000), userId };
  }

  async revokeSession(sessionId: string, reason: string, manager: EntityManager = this.dataSource.manager) {
    await manager.update(AuthSession, { id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: reason });
  }

  /** One failed step of signing in (password or code); the last one allowed locks the account. */
  async recordFailure(userId: string, meta: RequestMeta, reason: string, action = 'auth.login_failed'): Promise<void> {
    const { lockoutThreshold, lockoutMinutes } = SIGN_IN_RULES;
    const [[row]] = await this.dataSource.query(
      `UPDATE users SET
         locked_until = CASE WHEN failed_sign_in_count + 1 >= $2 THEN now() + make_interval(mins => $3) ELSE locked_until END,
         failed_sign_in_count = CASE WHEN failed_sign_in_count + 1 >= $2 THEN 0 ELSE failed_sign_in_count + 1 END
       WHERE id = $1
       RETURNING locked_until, (locked_until > now()) AS locked`,
      [userId, lockoutThreshold, lockoutMinutes],
    );
    await this.auditSignIn(userId, meta, action, AuditOutcome.REFUSED, { reason });
    if (row?.locked) {
      await this.auditSignIn(userId, meta, 'auth.account_locked', AuditOutcome.DENIED, {
        lockedUntil: new Date(row.locked_until).toISOString(),
      });
    }
  }

  auditSignIn(userId: string | null, meta: RequestMeta, action: string, outcome: AuditOutcome, details: Record<string, unknown>) {
    return this.audit.record(null, new Actor(userId, [], meta.requestId), {
      action,
      entityType: 'User',
      entityId: userId,
      outcome,
      details: { ...details, ipAddress: meta.ipAddress ?? null },
    });
  }

  private invalidCredentials(): AuthException {
    return new AuthException(AuthExceptionReason.INVALID_CREDENTIALS, 'The e-mail address or password is not right');
  }
}
