import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { io, Socket } from 'socket.io-client';

/**
 * The simulated users of `npm run bench:messaging`, in a process of their own so their work does
 * not share the server's event loop. The parent sends one `ClientsPlan` over IPC and gets back one
 * `ClientsResult`. The same clients drive the project's api and the bare baseline server; only the
 * event names and payload shapes differ (`shape`).
 */
export interface ClientsPlan {
  shape: 'project' | 'baseline';
  url: string;
  /** One per simulated user: its token (project only), its room, and whether it sends. */
  users: Array<{ token: string | null; room: string; sender: boolean }>;
  seconds: number;
  /** Sends each sender keeps in flight (1 = wait for each acknowledgement before the next). */
  window: number;
  drainMs: number;
}

export interface ClientsResult {
  acked: number;
  refused: number;
  deliveries: number;
  sendSeconds: number;
  committedPerSec: number;
  deliveriesPerSec: number;
  p50Ms: number;
  p99Ms: number;
  lost: number;
  duplicates: number;
  firstRefusal: unknown;
}

interface Received {
  key: number;
  clientId: string;
}

/** How each server names things: the project's real events, or the baseline's bare ones. */
const SHAPES = {
  project: {
    join: (room: string) => ['conversation.join', { conversationId: room, afterSequence: 0 }] as const,
    send: (room: string, clientId: string, body: string) => ['message.send', { conversationId: room, clientId, body }] as const,
    liveEvent: 'conversation.event',
    /** The event's place in the conversation's log, and the message's client id; null for other event types. */
    received: (payload: { type: string; sequence: number; message: { clientId: string } | null }): Received | null =>
      payload.type === 'MESSAGE_POSTED' && payload.message ? { key: payload.sequence, clientId: payload.message.clientId } : null,
  },
  baseline: {
    join: (room: string) => ['join', { room }] as const,
    send: (room: string, clientId: string, body: string) => ['send', { room, clientId, body }] as const,
    liveEvent: 'message',
    received: (payload: { id: number; clientId: string }): Received | null => ({ key: Number(payload.id), clientId: payload.clientId }),
  },
};

async function run(plan: ClientsPlan): Promise<ClientsResult> {
  const shape = SHAPES[plan.shape];
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  let deliveries = 0;
  let duplicates = 0;
  const users = plan.users.map((u) => ({ ...u, socket: undefined as unknown as Socket, keys: new Set<number>(), clientIds: new Set<string>() }));

  await Promise.all(
    users.map(async (user) => {
      user.socket = io(plan.url, { auth: user.token ? { token: user.token } : {}, transports: ['websocket'], reconnection: false });
      await new Promise<void>((resolve, reject) => {
        user.socket.once('connect', () => resolve());
        user.socket.once('connect_error', reject);
      });
      user.socket.on(shape.liveEvent, (payload: unknown) => {
        const got = (shape.received as (p: unknown) => Received | null)(payload);
        if (!got) return;
        const now = performance.now();
        if (user.keys.has(got.key)) duplicates += 1;
        user.keys.add(got.key);
        user.clientIds.add(got.clientId);
        deliveries += 1;
        const started = sentAt.get(got.clientId);
        if (started !== undefined) latencies.push(now - started);
      });
      const [event, payload] = shape.join(user.room);
      const ack = (await user.socket.timeout(30000).emitWithAck(event, payload)) as { ok: boolean };
      if (!ack.ok) throw new Error(`join refused: ${JSON.stringify(ack)}`);
    }),
  );
  // Only what is sent from here on counts (the parent starts counting queries and profiling now).
  process.send!({ ready: true });
  deliveries = 0;
  duplicates = 0;

  const ackedByRoom = new Map<string, string[]>();
  let acked = 0;
  let refused = 0;
  let firstRefusal: unknown = null;
  const started = performance.now();
  const stopAt = started + plan.seconds * 1000;
  const senders = users.filter((u) => u.sender);
  await Promise.all(
    senders.flatMap((user, s) =>
      Array.from({ length: plan.window }, async (_, w) => {
        for (let n = 0; performance.now() < stopAt; n++) {
          const clientId = randomUUID();
          const [event, payload] = shape.send(user.room, clientId, `Benchmark message ${n} from sender ${s}.${w}: **hello** all`);
          sentAt.set(clientId, performance.now());
          const ack = (await user.socket.timeout(30000).emitWithAck(event, payload)) as { ok: boolean };
          if (ack.ok) {
            acked += 1;
            const list = ackedByRoom.get(user.room) ?? [];
            list.push(clientId);
            ackedByRoom.set(user.room, list);
          } else {
            refused += 1;
            firstRefusal ??= ack;
          }
        }
      }),
    ),
  );
  const sendSeconds = (performance.now() - started) / 1000;
  const expected = acked * (plan.users.length / senders.length);
  const drainUntil = performance.now() + plan.drainMs;
  while (deliveries < expected && performance.now() < drainUntil) await new Promise((r) => setTimeout(r, 50));
  // Linger a little more so a late duplicate would still be seen.
  await new Promise((r) => setTimeout(r, 200));

  let lost = 0;
  for (const user of users) for (const clientId of ackedByRoom.get(user.room) ?? []) if (!user.clientIds.has(clientId)) lost += 1;
  for (const user of users) user.socket.close();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => (latencies.length ? Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] * 10) / 10 : 0);
  return {
    acked, refused, deliveries, sendSeconds: Math.round(sendSeconds * 100) / 100,
    committedPerSec: Math.round(acked / sendSeconds), deliveriesPerSec: Math.round(deliveries / sendSeconds),
    p50Ms: at(0.5), p99Ms: at(0.99), lost, duplicates, firstRefusal,
  };
}

process.once('message', (plan: ClientsPlan) => {
  run(plan).then(
    (result) => process.send!({ result }, () => process.exit(0)),
    (error: unknown) => process.send!({ error: String(error instanceof Error ? error.stack : error) }, () => process.exit(1)),
  );
});
