import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { endSessionsOf } from '@safeguard/accounts';
import { AuditService } from '@safeguard/audit';
import { AppConfig } from '@safeguard/config';
import { CommonException } from '@safeguard/platform';
import { Actor } from '@safeguard/policy';

export interface SessionView {
  id: string;
  userAgent: string | null;
  ipAddress: string | null;
  createdAt: Date;
  lastUsedAt: Date;
  expiresAt: Date;
  idleExpiresAt: Date;
  current: boolean;
}

/** A session in force: not revoked, before its end, and used within the idle timeout (the parameter, in seconds). */
const inForce = (idleSeconds: string) =>
  `revoked_at IS NULL AND expires_at > now() AND last_used_at > now() - make_interval(secs => ${idleSeconds}::double precision)`;

/** A user's own signed-in sessions: seeing them and ending them. Nobody sees or ends another's here. */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  /** Sessions still in force, most recently used first. */
  async list(actor: Actor): Promise<SessionView[]> {
    const rows = await this.dataSource.query(
      `SELECT id, user_agent, ip_address, created_at, last_used_at, expires_at,
              least(expires_at, last_used_at + make_interval(secs => $2)) AS idle_expires_at
         FROM auth_sessions
        WHERE user_id = $1 AND ${inForce('$2')}
        ORDER BY last_used_at DESC, created_at DESC`,
      [actor.userId, this.config.auth.SESSION_IDLE_TIMEOUT_SECONDS],
    );
    return rows.map((r: Record<string, never>) => ({
      id: r.id,
      userAgent: r.user_agent,
      ipAddress: r.ip_address,
      createdAt: r.created_at,
      lastUsedAt: r.last_used_at,
      expiresAt: r.expires_at,
      idleExpiresAt: r.idle_expires_at,
      current: r.id === actor.sessionId,
    }));
  }

  /** Ends one of the caller's sessions; its tokens stop working at their next request. */
  async revoke(actor: Actor, sessionId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [rows] = await manager.query(
        `UPDATE auth_sessions SET revoked_at = now(), revoked_reason = 'revoked by its user'
          WHERE id = $1 AND user_id = $2 AND ${inForce('$3')} RETURNING id`,
        [sessionId, actor.userId, this.config.auth.SESSION_IDLE_TIMEOUT_SECONDS],
      );
      if (!rows.length) throw CommonException.notFound('The session');
      await this.audit.record(manager, actor, {
        action: 'auth.session_revoked',
        entityType: 'AuthSession',
        entityId: sessionId,
        details: { current: sessionId === actor.sessionId },
      });
    });
  }

  /** Ends every session of the caller but this one, or every one; returns how many ended. */
  async revokeAll(actor: Actor, includeCurrent: boolean): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const count = await this.endAllOf(manager, actor.userId!, includeCurrent ? null : actor.sessionId, 'revoked by its user');
      await this.audit.record(manager, actor, {
        action: 'auth.sessions_revoked',
        entityType: 'User',
        entityId: actor.userId,
        details: { count, includeCurrent },
      });
      return count;
    });
  }

  /** Ends a user's sessions, except one when given (after a password change or reset). */
  endAllOf(manager: EntityManager, userId: string, exceptSessionId: string | null, reason: string): Promise<number> {
    return endSessionsOf(manager, userId, exceptSessionId, reason);
  }
}
