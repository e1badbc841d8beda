import { Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { ConnectedSocket, MessageBody, OnGatewayConnection, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { Socket } from 'socket.io';
import { RealtimeGateway, SocketData, userRoom } from '@safeguard/realtime';
import { CommonException } from '@safeguard/platform';
import { runWithDatabaseAccess } from '@safeguard/database';
import { Actor, Authorize, databaseActorOf, Permission } from '@safeguard/policy';
import { ACCESS_CHANGED } from '../conversations/access-changes';
import { ConversationAccess } from '../conversations/conversation-access';
import { MessageChanges } from '../messages/message-changes.service';
import { EditMessageInput, MarkConversationReadInput, MessageRefInput, ReactionInput, SendMessageInput } from '../messages/message.inputs';
import { MessageSending } from '../messages/message-sending.service';
import { MessagingReads } from '../messages/messaging-reads.service';
import { MESSAGING_RULES } from '../messaging-rules';
import { MessagingException, MessagingRefusal } from '../messaging.exception';
import { conversationRoom } from './conversation-broadcast';
import { SocketAck, socketCall, socketInput } from './socket-call';
import { ConversationRoomPayload, JoinConversationPayload, PresencePayload } from './socket.inputs';
import { SocketRate } from './socket-rate';

interface MessagingSocketData extends SocketData {
  rate?: SocketRate;
  presence?: 'online' | 'away';
  /** Conversations this socket joined as a participant: only they may show it typing. */
  participating?: Set<string>;
}

const ROOM_PREFIX = 'conversation:';

/**
 * Messaging over socket.io, with the same services, rules and refusals as GraphQL. Each event is
 * answered by an acknowledgement `{ ok, data }` or `{ ok: false, error: { code, reason, message } }`.
 * A socket enters a conversation's room only after a server-side check, and is re-checked whenever
 * the person's access changes (and on connection-state recovery).
 */
@WebSocketGateway({ cors: { origin: false } })
export class MessagingGateway implements OnGatewayConnection, OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(MessagingGateway.name);
  /** Set on shutdown, before the sockets are closed: nobody is left to tell they went offline. */
  private closing = false;

  constructor(
    private readonly realtime: RealtimeGateway,
    private readonly access: ConversationAccess,
    private readonly sending: MessageSending,
    private readonly changes: MessageChanges,
    private readonly reads: MessagingReads,
  ) {}

  onModuleInit(): void {
    this.realtime.onRelayed(ACCESS_CHANGED, (room) => void this.recheckRoom(room));
  }

  onModuleDestroy(): void {
    this.closing = true;
  }

  async handleConnection(socket: Socket): Promise<void> {
    const data = socket.data as MessagingSocketData;
    data.rate = new SocketRate();
    data.presence = 'online';
    socket.on('disconnecting', () => void this.announceDeparture(socket, [...socket.rooms]));
    // A recovered connection gets its old rooms back without asking: check them again now.
    if (socket.recovered) await this.recheck(socket);
  }

  @SubscribeMessage('conversation.join')
  @Authorize(Permission.ReadNetworks)
  join(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown) {
    return this.call(socket, async (actor) => {
      const input = await socketInput(JoinConversationPayload, payload);
      const standing = await this.access.readable(actor, input.conversationId);
      this.noteParticipation(socket, input.conversationId, standing.participant);
      // Join first, then read the log: an event committed in between arrives twice (the client
      // drops the repeat by its sequence) rather than not at all.
      await socket.join(conversationRoom(input.conversationId));
      this.announce(socket, input.conversationId);
      return this.reads.eventsAfter(input.conversationId, input.afterSequence ?? 0, input.first ?? MESSAGING_RULES.maxCatchUpPage);
    });
  }

  @SubscribeMessage('conversation.leave')
  @Authorize(Permission.ReadNetworks)
  leave(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown) {
    return this.call(socket, async () => {
      const input = await socketInput(ConversationRoomPayload, payload);
      await socket.leave(conversationRoom(input.conversationId));
      this.noteParticipation(socket, input.conversationId, false);
      return true;
    });
  }

  @SubscribeMessage('message.send')
  @Authorize(Permission.TakePartInNetworks)
  send(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown) {
    return this.call(socket, async (actor) => this.sending.send(actor, await socketInput(SendMessageInput, payload)));
  }

  @SubscribeMessage('message.edit')
  @Authorize(Permission.TakePartInNetworks)
  edit(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown) {
    return this.call(socket, async (actor) => this.changes.edit(actor, await socketInput(EditMessageInput, payload)));
  }

  @SubscribeMessage('message.delete')
  @Authorize(Permission.TakePartInNetworks)
  remove(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown) {
    return this.call(socket, async (actor) => this.changes.delete(actor, await socketInput(MessageRefInput, payload)));
  }

  @SubscribeMessage('reaction.add')
  @Authorize(Permission.TakePartInNetworks)
  react(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown) {
    return this.call(socket, async (actor) => this.changes.react(actor, await socketInput(ReactionInput, payload), true));
  }

  @SubscribeMessage('reaction.remove')
  @Authorize(Permission.TakePartInNetworks)
  unreact(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown) {
    return this.call(socket, async (actor) => this.changes.react(actor, await socketInput(ReactionInput, payload), false));
  }

  @SubscribeMessage('conversation.read')
  @Authorize(Permission.TakePartInNetworks)
  read(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown) {
    return this.call(socket, async (actor) =>
      this.changes.markRead(actor, await socketInput(MarkConversationReadInput, payload)),
    );
  }

  /** Typing indicators go only to a room the socket was let into, and are never stored. */
  @SubscribeMessage('typing')
  @Authorize(Permission.TakePartInNetworks)
  typing(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown) {
    return this.call(socket, async (actor) => {
      const input = await socketInput(ConversationRoomPayload, payload);
      const room = this.joinedRoom(socket, input.conversationId);
      // A reader who may not post (an officer overseeing a public channel) is never shown typing.
      if (!(socket.data as MessagingSocketData).participating?.has(input.conversationId)) {
        throw new MessagingException(MessagingRefusal.NOT_A_MEMBER, 'Only the conversation’s participants can be shown typing');
      }
      socket.to(room).emit('typing', { conversationId: input.conversationId, userId: actor.userId });
      return true;
    });
  }

  @SubscribeMessage('presence.set')
  @Authorize(Permission.ReadNetworks)
  setPresence(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown) {
    return this.call(socket, async (actor) => {
      const input = await socketInput(PresencePayload, payload);
      (socket.data as MessagingSocketData).presence = input.status;
      for (const room of socket.rooms) {
        if (room.startsWith(ROOM_PREFIX)) {
          socket.to(room).emit('presence', { conversationId: room.slice(ROOM_PREFIX.length), userId: actor.userId, status: input.status });
        }
      }
      return true;
    });
  }

  /** Who in a conversation is connected now (on any instance), and whether online or away. */
  @SubscribeMessage('presence.list')
  @Authorize(Permission.ReadNetworks)
  listPresence(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown) {
    return this.call(socket, async () => {
      const input = await socketInput(ConversationRoomPayload, payload);
      const sockets = await this.realtime.server.in(this.joinedRoom(socket, input.conversationId)).fetchSockets();
      const statuses = new Map<string, 'online' | 'away'>();
      for (const other of sockets) {
        const data = other.data as MessagingSocketData;
        const userId = data.actor?.userId;
        if (userId && statuses.get(userId) !== 'online') statuses.set(userId, data.presence ?? 'online');
      }
      return [...statuses].map(([userId, status]) => ({ userId, status }));
    });
  }

  /** The rate limit and acknowledgement shape every event shares (the policy guard checked the role). */
  private call<T>(socket: Socket, work: (actor: Actor) => Promise<T>): Promise<SocketAck<T>> {
    return socketCall(async () => {
      const data = socket.data as MessagingSocketData;
      if (!data.rate?.take()) {
        throw new MessagingException(MessagingRefusal.RATE_LIMITED, `Slow down: at most ${MESSAGING_RULES.socketEventsPerSecond} events a second`);
      }
      return runWithDatabaseAccess(databaseActorOf(data.actor), () => work(data.actor));
    });
  }

  private noteParticipation(socket: Socket, conversationId: string, participant: boolean): void {
    const data = socket.data as MessagingSocketData;
    data.participating ??= new Set();
    if (participant) data.participating.add(conversationId);
    else data.participating.delete(conversationId);
  }

  private joinedRoom(socket: Socket, conversationId: string): string {
    const room = conversationRoom(conversationId);
    if (!socket.rooms.has(room)) throw CommonException.invalidInput('conversationId', 'Join the conversation’s room first (conversation.join)');
    return room;
  }

  private announce(socket: Socket, conversationId: string): void {
    const data = socket.data as MessagingSocketData;
    socket.to(conversationRoom(conversationId)).emit('presence', { conversationId, userId: data.actor.userId, status: data.presence ?? 'online' });
  }

  /** When a person's last socket goes, the rooms it was in see them offline. */
  private async announceDeparture(socket: Socket, rooms: string[]): Promise<void> {
    const userId = (socket.data as MessagingSocketData).actor?.userId;
    // On shutdown the adapter's Redis client may already be closed.
    if (!userId || this.closing) return;
    try {
      const remaining = (await this.realtime.server.in(userRoom(userId)).fetchSockets()).filter((s) => s.id !== socket.id);
      if (remaining.length) return;
      for (const room of rooms.filter((r) => r.startsWith(ROOM_PREFIX))) {
        this.realtime.server.to(room).emit('presence', { conversationId: room.slice(ROOM_PREFIX.length), userId, status: 'offline' });
      }
    } catch (error) {
      this.logger.warn(`Could not announce ${userId} offline: ${String(error)}`);
    }
  }

  /** Re-checks every local socket of the person whose access changed (rooms are `user:<id>`). */
  private async recheckRoom(room: string): Promise<void> {
    const sockets = await this.realtime.server.local.in(room).fetchSockets();
    for (const remote of sockets) {
      const socket = this.realtime.server.sockets.sockets.get(remote.id);
      if (socket) await this.recheck(socket);
    }
  }

  /** Leaves every conversation room the socket may no longer read. */
  private async recheck(socket: Socket): Promise<void> {
    const actor = (socket.data as MessagingSocketData).actor;
    const ids = [...socket.rooms].filter((r) => r.startsWith(ROOM_PREFIX)).map((r) => r.slice(ROOM_PREFIX.length));
    if (!ids.length || !actor) return;
    try {
      const standings = await runWithDatabaseAccess(databaseActorOf(actor), () => this.access.standings(actor, ids));
      for (const id of ids) {
        const standing = standings.get(id);
        this.noteParticipation(socket, id, standing?.participant ?? false);
        if (!standing?.canRead) {
          await socket.leave(conversationRoom(id));
          socket.emit('conversation.revoked', { conversationId: id });
        }
      }
    } catch (error) {
      // If the check cannot run, the safe answer is to leave every room and let the client rejoin.
      this.logger.warn(`Room re-check failed, leaving all rooms: ${String(error)}`);
      for (const id of ids) await socket.leave(conversationRoom(id));
    }
  }
}
