import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { OnGatewayConnection, OnGatewayInit, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import { Server, Socket } from 'socket.io';
import { AuthService } from '@safeguard/auth';
import { Actor, Role } from '@safeguard/policy';
import { authorityTeamRoom, userRoom } from './realtime-event';

export interface SocketData {
  actor: Actor;
}

/**
 * The socket.io entry point. A connection is accepted only with a valid access token in
 * `handshake.auth.token` (never the query string), and joins its user's own room and, for an
 * authority's officers and managers, their team's room (the front door's live queue).
 */
@WebSocketGateway({ cors: { origin: false } })
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection {
  private readonly logger = new Logger(RealtimeGateway.name);

  @WebSocketServer()
  server: Server;

  constructor(private readonly auth: AuthService) {}

  afterInit(server: Server): void {
    server.use((socket, next) => {
      const token: unknown = socket.handshake.auth?.token;
      if (typeof token !== 'string' || !token) {
        next(new Error('UNAUTHENTICATED: give the access token in handshake.auth.token'));
        return;
      }
      this.auth
        .actorFromAccessToken(token, `socket:${randomUUID()}`)
        .then((actor) => {
          (socket.data as SocketData).actor = actor;
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

  /** Delivers to the sockets connected to this instance; every instance receives the same NOTIFY. */
  emitLocally(room: string, event: string, payload: unknown): void {
    if (!this.server) {
      this.logger.warn(`No socket server yet; ${event} for ${room} not delivered live`);
      return;
    }
    this.server.local.to(room).emit(event, payload);
  }
}
