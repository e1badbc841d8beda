import { randomUUID } from 'node:crypto';
import { Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OnGatewayConnection, OnGatewayInit, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import { Server, Socket } from 'socket.io';
import { AuthService } from '@safeguard/auth';
import { Actor, Role } from '@safeguard/policy';
import { authorityTeamRoom, userRoom } from './realtime-event';

export interface SocketData {
  actor: Actor;
  /** When the access token it connected with expires (ms since the epoch). */
  expiresAt: number;
}

/** How often each instance looks for sockets whose session was revoked or whose token expired. */
export const SOCKET_SESSION_SWEEP_MS = 5000;

/** The expiry of a token the guard already verified (its `exp` claim, in ms). */
function tokenExpiry(token: string): number {
  const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { exp?: number };
  return typeof claims.exp === 'number' ? claims.exp * 1000 : Date.now();
}

/**
 * The socket.io entry point. A connection is accepted only with a valid access token in
 * `handshake.auth.token` (never the query string), and joins its user's own room and, for an
 * authority's officers and managers, their team's room (the front door's live queue).
 */
@WebSocketGateway({ cors: { origin: false } })
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection, OnModuleDestroy {
  private readonly logger = new Logger(RealtimeGateway.name);

  @WebSocketServer()
  server: Server;

  private readonly relayListeners = new Map<string, Array<(room: string, payload: unknown) => void>>();

  private sweep?: NodeJS.Timeout;

  constructor(
    private readonly auth: AuthService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleDestroy(): void {
    clearInterval(this.sweep);
  }

  afterInit(server: Server): void {
    this.sweep = setInterval(() => void this.disconnectEndedSessions(), SOCKET_SESSION_SWEEP_MS);
    this.sweep.unref();
    server.use((socket, next) => {
      const token: unknown = socket.handshake.auth?.token;
      if (typeof token !== 'string' || !token) {
        next(new Error('UNAUTHENTICATED: give the access token in handshake.auth.token'));
        return;
      }
      this.auth
        .actorFromAccessToken(token, `socket:${randomUUID()}`)
        .then((actor) => {
          Object.assign(socket.data as SocketData, { actor, expiresAt: tokenExpiry(token) });
          next();
        })
        .catch(() => next(new Error('UNAUTHENTICATED: the access token is not valid')));
    });
  }

  async handleConnection(socket: Socket): Promise<void> {
    const actor = (socket.data as SocketData).actor;
    if (!actor?.userId) {
      socket.disconnect(true);
      return;
    }
    const teams = actor.localAuthorityIds(Role.LA_OFFICER, Role.LA_MANAGER).map(authorityTeamRoom);
    await socket.join([userRoom(actor.userId), ...teams]);
  }

  /** Disconnects this instance's sockets whose token expired or whose session was revoked (signed out, revoke-all). */
  private async disconnectEndedSessions(): Promise<void> {
    if (!this.server) return;
    const sockets = [...this.server.sockets.sockets.values()];
    const now = Date.now();
    const live = sockets.filter((s) => {
      const data = s.data as SocketData;
      if (data.expiresAt > now) return true;
      s.emit('session.ended', { reason: 'expired' });
      s.disconnect(true);
      return false;
    });
    const sessionIds = [...new Set(live.map((s) => (s.data as SocketData).actor?.sessionId).filter((id): id is string => !!id))];
    if (!sessionIds.length) return;
    try {
      const ended: Array<{ id: string }> = await this.dataSource.query(
        `SELECT id FROM auth_sessions WHERE id = ANY($1::uuid[]) AND (revoked_at IS NOT NULL OR expires_at <= now())`,
        [sessionIds],
      );
      const endedIds = new Set(ended.map((r) => r.id));
      for (const socket of live) {
        if (endedIds.has((socket.data as SocketData).actor.sessionId!)) {
          socket.emit('session.ended', { reason: 'revoked' });
          socket.disconnect(true);
        }
      }
    } catch (error) {
      this.logger.warn(`Session sweep failed: ${String(error)}`);
    }
  }

  /** Delivers to the sockets connected to this instance; every instance receives the same NOTIFY. */
  emitLocally(room: string, event: string, payload: unknown): void {
    if (!this.server) {
      this.logger.warn(`No socket server yet; ${event} for ${room} not delivered live`);
      return;
    }
    this.server.local.to(room).emit(event, payload);
    for (const listener of this.relayListeners.get(event) ?? []) listener(room, payload);
  }

  /** Lets a domain act on this instance's sockets when an event is relayed (e.g. re-check rooms after an access change). */
  onRelayed(event: string, listener: (room: string, payload: unknown) => void): void {
    this.relayListeners.set(event, [...(this.relayListeners.get(event) ?? []), listener]);
  }
}
