import { io, Socket } from 'socket.io-client';

export interface ConversationEvent {
  conversationId: string;
  sequence: number;
  type: string;
  actorId: string | null;
  messageId: string | null;
  message: { id: string; sequence: number; body: string | null; clientId: string; author: { id: string } } | null;
  userId?: string | null;
  emoji?: string | null;
  readUpTo?: number | null;
}

export type Ack<T = unknown> = { ok: true; data: T } | { ok: false; error: { code: string; reason?: string; message: string; field?: string } };

/**
 * A chat client as a real one behaves: applies each conversation's events in sequence order,
 * drops repeats, and on a gap (or a reconnection) catches up from the last sequence it saw.
 */
export class ChatClient {
  readonly socket: Socket;
  /** Applied events per conversation, in order, without gaps or repeats. */
  readonly log = new Map<string, ConversationEvent[]>();
  readonly received: Array<{ event: string; payload: unknown }> = [];
  private readonly joined = new Set<string>();

  constructor(url: string, token: string, options: { autoRejoin?: boolean } = {}) {
    this.socket = io(url, { auth: { token }, transports: ['websocket'], reconnection: true, reconnectionDelay: 100, reconnectionDelayMax: 500 });
    this.socket.onAny((event: string, payload: unknown) => this.received.push({ event, payload }));
    this.socket.on('conversation.event', (event: ConversationEvent) => void this.apply([event]));
    let connectedBefore = false;
    this.socket.on('connect', () => {
      // Each new connection (automatic or not) rejoins its rooms and catches up from the log.
      if (connectedBefore && options.autoRejoin !== false) for (const id of this.joined) void this.join(id);
      connectedBefore = true;
    });
  }

  connected(): Promise<void> {
    if (this.socket.connected) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.socket.once('connect', () => resolve());
      this.socket.once('connect_error', reject);
    });
  }

  call<T = unknown>(event: string, payload: unknown): Promise<Ack<T>> {
    return this.socket.timeout(10000).emitWithAck(event, payload) as Promise<Ack<T>>;
  }

  lastSequence(conversationId: string): number {
    return this.log.get(conversationId)?.at(-1)?.sequence ?? 0;
  }

  /** Joins the room and applies what was missed since the last event seen. */
  async join(conversationId: string): Promise<Ack<{ events: ConversationEvent[]; hasMore: boolean; lastSequence: number }>> {
    const ack = await this.call<{ events: ConversationEvent[]; hasMore: boolean; lastSequence: number }>('conversation.join', {
      conversationId, afterSequence: this.lastSequence(conversationId),
    });
    if (ack.ok) {
      this.joined.add(conversationId);
      await this.apply(ack.data.events);
      if (ack.data.hasMore) return this.join(conversationId);
    }
    return ack;
  }

  private catchingUp = new Set<string>();
  /** The highest sequence heard live per conversation, so an event dropped while catching up is fetched after. */
  private highestSeen = new Map<string, number>();

  private async apply(events: ConversationEvent[]): Promise<void> {
    for (const event of [...events].sort((a, b) => a.sequence - b.sequence)) {
      const log = this.log.get(event.conversationId) ?? [];
      this.log.set(event.conversationId, log);
      const last = log.at(-1)?.sequence ?? 0;
      this.highestSeen.set(event.conversationId, Math.max(this.highestSeen.get(event.conversationId) ?? 0, event.sequence));
      if (event.sequence <= last) continue;
      if (event.sequence === last + 1) log.push(event);
      else if (!this.catchingUp.has(event.conversationId)) {
        // A gap: live delivery reordered or dropped something; the log has it.
        this.catchingUp.add(event.conversationId);
        try {
          // Events that arrive while catching up are not applied here: catch up again until the log holds them.
          do {
            const ack = await this.join(event.conversationId);
            if (!ack.ok) break;
          } while ((this.highestSeen.get(event.conversationId) ?? 0) > this.lastSequence(event.conversationId));
        } finally {
          this.catchingUp.delete(event.conversationId);
        }
      }
    }
  }

  async waitFor(predicate: () => boolean, timeoutMs = 8000): Promise<void> {
    const started = Date.now();
    while (!predicate()) {
      if (Date.now() - started > timeoutMs) throw new Error('Timed out waiting');
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  close(): void {
    this.socket.close();
  }
}
