import { io, Socket } from 'socket.io-client';
import { sessionStore } from '../auth/session-store';

/** A socket event's acknowledgement, in the api's words (see README, "Messaging in networks"). */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: { code: string; reason?: string; message: string; field?: string } };

let socket: Socket | null = null;

/**
 * One socket per signed-in tab. The token goes in the handshake (never the URL) and is read at
 * each connection, so a reconnection after a refresh uses the new one.
 */
export function portalSocket(): Socket {
  if (socket) return socket;
  const created = io({
    transports: ['websocket'],
    auth: (send) => send({ token: sessionStore.accessToken }),
    reconnectionDelay: 500,
    reconnectionDelayMax: 5000,
  });
  created.on('session.ended', (payload: { reason?: string }) => {
    // An expired token: reconnect with the refreshed one. A revoked session: the user is signed out.
    if (payload?.reason === 'expired') void sessionStore.refresh().then((s) => s && created.connect());
    else sessionStore.end('ended');
  });
  socket = created;
  return created;
}

export async function emitWithAck<T>(event: string, payload: unknown, timeoutMs = 10_000): Promise<Ack<T>> {
  return (await portalSocket().timeout(timeoutMs).emitWithAck(event, payload)) as Ack<T>;
}

sessionStore.subscribe((session) => {
  if (!socket) return;
  if (!session) {
    socket.disconnect();
    socket = null;
  } else if (socket.connected) {
    // New tokens: reconnect now rather than be cut off when the old token expires.
    socket.disconnect().connect();
  }
});
