import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { decoyHash, normaliseEmail, User, UserStatus, verifyPassword } from '@safeguard/accounts';
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

/** Sign-in, sessions and tokens. Every outcome of a sign-in is audited. */
@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly actors: ActorLoader,
    private readonly audit: AuditService,
  ) {}

  /** Checks e-mail and password, counting failures towards a temporary lock. */
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
    if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
      await this.auditSignIn(user.id, meta, 'auth.login_refused_locked', AuditOutcome.DENIED, { lockedUntil: user.lockedUntil.toISOString() });
      throw new AuthException(
        AuthExceptionReason.ACCOUNT_LOCKED,
        'This account is locked after repeated failed sign-ins; try again later or ask an administrator',
      );
    }
    if (!(await verifyPassword(user.passwordHash, password))) {
      await this.recordFailure(user.id, meta);
      throw this.invalidCredentials();
    }
    if (user.status !== UserStatus.ACTIVE) {
      await this.auditSignIn(user.id, meta, 'auth.login_failed', AuditOutcome.DENIED, { reason: `account ${user.status}` });
      throw new AuthException(AuthExceptionReason.ACCOUNT_NOT_ACTIVE, 'This account cannot sign in');
    }
    if (user.failedSignInCount > 0 || user.lockedUntil) {
      await this.dataSource.query('UPDATE users SET failed_sign_in_count = 0, locked_until = NULL WHERE id = $1', [user.id]);
    }
    return user;
  }

  /** Opens a session and issues its first pair of tokens. */
  async startSession(user: User, meta: RequestMeta): Promise<IssuedTokens> {
    return this.dataSource.transaction(async (manager) => {
      const session = await manager.save(
        manager.create(AuthSession, {
          userId: user.id,
          expiresAt: new Date(Date.now() + this.config.auth.REFRESH_TOKEN_TTL_DAYS * 86_400_000),
          ipAddress: meta.ipAddress?.slice(0, 64) ?? null,
          userAgent: meta.userAgent?.slice(0, 300) ?? null,
        }),
      );
      const tokens = await this.issue(manager, user.id, session.id);
      await this.audit.record(manager, new Actor(user.id, [], meta.requestId, session.id), {
        action: 'auth.login',
        entityType: 'AuthSession',
        entityId: session.id,
      });
      return tokens;
    });
  }

  /**
   * Rotates a refresh token. A token that was already used is a stolen copy or a replay:
   * the whole session family is revoked.
   */
  async refresh(refreshToken: string, meta: RequestMeta): Promise<IssuedTokens> {
    const tokenHash = sha256(refreshToken);
    const outcome = await this.dataSource.transaction(async (manager) => {
      // TypeORM answers an UPDATE with [rows, affected].
      const [[rotated]] = await manager.query(
        `UPDATE refresh_tokens t SET used_at = now()
           FROM auth_sessions s JOIN users u ON u.id = s.user_id
          WHERE t.token_hash = $1 AND t.used_at IS NULL AND s.id = t.session_id
          RETURNING s.id AS session_id, s.user_id, (s.revoked_at IS NULL AND s.expires_at > now() AND u.status = 'ACTIVE') AS ok`,
        [tokenHash],
      );
      if (rotated?.ok) return { tokens: await this.issue(manager, rotated.user_id, rotated.session_id) };
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

  private async revokeSession(sessionId: string, reason: string, manager: EntityManager = this.dataSource.manager) {
    await manager.update(AuthSession, { id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: reason });
  }

  private async recordFailure(userId: string, meta: RequestMeta): Promise<void> {
    const { LOCKOUT_THRESHOLD, LOCKOUT_MINUTES } = this.config.auth;
    const [[row]] = await this.dataSource.query(
      `UPDATE users SET
         locked_until = CASE WHEN failed_sign_in_count + 1 >= $2 THEN now() + make_interval(mins => $3) ELSE locked_until END,
         failed_sign_in_count = CASE WHEN failed_sign_in_count + 1 >= $2 THEN 0 ELSE failed_sign_in_count + 1 END
       WHERE id = $1
       RETURNING locked_until, (locked_until > now()) AS locked`,
      [userId, LOCKOUT_THRESHOLD, LOCKOUT_MINUTES],
    );
    await this.auditSignIn(userId, meta, 'auth.login_failed', AuditOutcome.REFUSED, { reason: 'wrong password' });
    if (row?.locked) {
      await this.auditSignIn(userId, meta, 'auth.account_locked', AuditOutcome.DENIED, {
        lockedUntil: new Date(row.locked_until).toISOString(),
      });
    }
  }

  private auditSignIn(userId: string | null, meta: RequestMeta, action: string, outcome: AuditOutcome, details: Record<string, unknown>) {
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
