import { DataSource } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { Actor } from '@safeguard/policy';

export interface SignInRecordsSwept {
  challenges: number;
  resetLinks: number;
  sessions: number;
  refreshTokens: number;
}

/**
 * Deletes sign-in records that stopped working more than `keptDays` ago: challenges and reset links
 * past their expiry, and sessions revoked or past their end with their refresh tokens. A live
 * session keeps every refresh token, since a used one presented again is how theft is noticed.
 * One transaction, audited with the counts when anything went.
 */
export async function sweepSignInRecords(dataSource: DataSource, audit: AuditService, keptDays: number, now = new Date()): Promise<SignInRecordsSwept> {
  return dataSource.transaction(async (manager) => {
    const cutoff = new Date(now.getTime() - keptDays * 86_400_000);
    const count = async (sql: string) => ((await manager.query(`WITH gone AS (${sql} RETURNING 1) SELECT count(*)::int AS n FROM gone`, [cutoff])) as { n: number }[])[0].n;
    const ended = `SELECT id FROM auth_sessions WHERE COALESCE(revoked_at, expires_at) < $1 OR expires_at < $1`;
    const swept: SignInRecordsSwept = {
      challenges: await count(`DELETE FROM sign_in_challenges WHERE expires_at < $1`),
      resetLinks: await count(`DELETE FROM password_reset_tokens WHERE expires_at < $1`),
      refreshTokens: await count(`DELETE FROM refresh_tokens WHERE session_id IN (${ended})`),
      sessions: await count(`DELETE FROM auth_sessions WHERE id IN (${ended})`),
    };
    if (Object.values(swept).some((n) => n > 0)) {
      await audit.record(manager, Actor.system(`sign-in-records-sweep:${now.toISOString()}`), {
        action: 'auth.records_swept', entityType: 'AuthSession', entityId: null, details: { before: cutoff.toISOString(), ...swept },
      });
    }
    return swept;
  });
}
