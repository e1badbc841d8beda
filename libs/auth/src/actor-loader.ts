import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@safeguard/config';
import { Actor, Grant, membershipInForceSql, Role } from '@safeguard/policy';
import { AuthException, AuthExceptionReason } from './auth.exception';

interface Row {
  session_ok: boolean;
  stale: boolean;
  user_ok: boolean;
  membership_id: string | null;
  role: Role | null;
  school_id: string | null;
  local_authority_id: string | null;
  unqualified: boolean | null;
}

/**
 * Builds the Actor for a request from its session: refused when the session was revoked, reached
 * its end or sat idle too long, or the account is no longer active; grants are the memberships in
 * force today. Each request counts as use of the session.
 */
@Injectable()
export class ActorLoader {
  /** How stale last_used_at may get before a request writes it: one write a minute, not one a request. */
  private readonly touchSeconds: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {
    this.touchSeconds = Math.min(60, config.auth.SESSION_IDLE_TIMEOUT_SECONDS / 10);
  }

  async load(userId: string, sessionId: string, requestId: string): Promise<Actor> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT (s.revoked_at IS NULL AND s.expires_at > now() AND s.last_used_at > now() - make_interval(secs => $3)) AS session_ok,
              (s.last_used_at < now() - make_interval(secs => $4)) AS stale,
              (u.status = 'ACTIVE') AS user_ok,
              m.id AS membership_id, m.role, m.school_id,
              coalesce(m.local_authority_id, sc.local_authority_id) AS local_authority_id, m.unqualified
         FROM auth_sessions s
         JOIN users u ON u.id = s.user_id
         LEFT JOIN memberships m ON m.user_id = u.id
              AND ${membershipInForceSql('m', "(now() AT TIME ZONE 'Europe/London')::date")}
         LEFT JOIN schools sc ON sc.id = m.school_id
        WHERE s.id = $1 AND s.user_id = $2
        ORDER BY m.created_at`,
      [sessionId, userId, this.config.auth.SESSION_IDLE_TIMEOUT_SECONDS, this.touchSeconds],
    );
    if (!rows.length || !rows[0].session_ok) {
      throw new AuthException(AuthExceptionReason.SESSION_ENDED, 'Your session has ended; sign in again');
    }
    if (rows[0].stale) {
      await this.dataSource.query('UPDATE auth_sessions SET last_used_at = now() WHERE id = $1', [sessionId]);
    }
    if (!rows[0].user_ok) {
      throw new AuthException(AuthExceptionReason.ACCOUNT_NOT_ACTIVE, 'This account cannot sign in');
    }
    const grants: Grant[] = rows
      .filter((r) => r.membership_id !== null)
      .map((r) => ({
        membershipId: r.membership_id!,
        role: r.role!,
        schoolId: r.school_id,
        localAuthorityId: r.local_authority_id,
        unqualified: Boolean(r.unqualified),
      }));
    return new Actor(userId, grants, requestId, sessionId);
  }
}
