import { EntityManager } from 'typeorm';

/**
 * Ends a person's sessions still in force, except one when given: their access and refresh tokens
 * stop working at the next request. Here, below libs/auth, so that a reset of the second factor
 * (in this library) and a password change (in auth) end sessions by the one rule.
 */
export async function endSessionsOf(manager: EntityManager, userId: string, exceptSessionId: string | null, reason: string): Promise<number> {
  const [, count] = await manager.query(
    `UPDATE auth_sessions SET revoked_at = now(), revoked_reason = $3
      WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now() AND ($2::uuid IS NULL OR id <> $2::uuid)`,
    [userId, exceptSessionId, reason],
  );
  return count as number;
}
