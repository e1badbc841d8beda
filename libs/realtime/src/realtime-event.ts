import { EntityManager } from 'typeorm';

/** The PostgreSQL channel on which committed changes reach every api instance. */
export const REALTIME_CHANNEL = 'realtime_events';

export const userRoom = (userId: string) => `user:${userId}`;

/** Every signed-in officer and manager of an authority's team, for live queue updates. */
export const authorityTeamRoom = (localAuthorityId: string) => `authority-team:${localAuthorityId}`;

export interface RealtimeEvent {
  room: string;
  event: string;
  payload: Record<string, unknown>;
}

/**
 * Publishes an event to sockets once — and only if — the transaction commits: NOTIFY is
 * transactional, so a rolled-back change never reaches a screen. Works the same from the api
 * and from the worker, with one instance or many.
 */
export async function publishOnCommit(manager: EntityManager, event: RealtimeEvent): Promise<void> {
  const text = JSON.stringify(event);
  if (Buffer.byteLength(text) > 7900) throw new Error(`Realtime event ${event.event} is too large for NOTIFY`);
  await manager.query('SELECT pg_notify($1, $2)', [REALTIME_CHANNEL, text]);
}
