import { randomUUID } from 'node:crypto';
import { ModulesContainer } from '@nestjs/core';
import { io, Socket } from 'socket.io-client';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Role × socket event → allowed or refused, each cell a real event over socket.io; the socket
 * half of permission-matrix.e2e-spec.ts. Every @SubscribeMessage of every gateway must have a
 * row: a new event without one fails this file.
 */
type Role = 'anonymous' | 'admin' | 'head1' | 'dsl1' | 'clerk2' | 'officer' | 'manager' | 'officerBradford' | 'hmi' | 'hmci';
type Expectation = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND';

const ACCOUNTS: Record<Exclude<Role, 'anonymous'>, string> = {
  admin: 'admin@demo.test',
  head1: 'head1@demo.test',
  dsl1: 'dsl1@demo.test',
  clerk2: 'clerk2@demo.test',
  officer: 'officer@demo.test',
  manager: 'manager@demo.test',
  officerBradford: 'officer.bradford@demo.test',
  hmi: 'hmi@demo.test',
  hmci: 'hmci@demo.test',
};
const ROLES = ['anonymous', ...Object.keys(ACCOUNTS)] as Role[];

interface Ids {
  /** East Birmingham heads' public "general": head1, head2 and the manager in; head1 moderates. */
  headsGeneral: string;
  /** head1's first message in it, and the manager's. */
  headsWelcome: string;
  managerMessage: string;
  /** head1's message made for this file, to delete. */
  spareMessage: string;
}

interface SocketRow {
  event: string;
  payload: (ids: Ids) => unknown;
  /** Join "general" first (whatever the answer), for events that need the room. */
  joinFirst?: boolean;
  expect: Record<Role, Expectation>;
}

/** Roles of libs/policy/src/permission.ts; anonymous never gets a connection. */
const READ_NETWORKS: Role[] = ['head1', 'dsl1', 'officer', 'manager', 'officerBradford', 'hmi'];
const TAKE_PART_IN_NETWORKS: Role[] = ['head1', 'dsl1', 'officer', 'manager', 'officerBradford'];
const only = (allowed: Role[], overrides: Partial<Record<Role, Expectation>> = {}): Record<Role, Expectation> => ({
  ...(Object.fromEntries(ROLES.map((role) => [role, role === 'anonymous' ? 'UNAUTHENTICATED' : allowed.includes(role) ? 'ok' : 'FORBIDDEN'])) as Record<Role, Expectation>),
  ...overrides,
});
/** dsl1 is not in the heads' network and Bradford's officer is in another authority: "general" does not exist for them. */
const NOT_IN_HEADS: Partial<Record<Role, Expectation>> = { dsl1: 'NOT_FOUND', officerBradford: 'NOT_FOUND' };
/** Posting in "general": its members; the officer reads it as an overseer but has not joined. */
const GENERAL_PARTICIPANTS = only(TAKE_PART_IN_NETWORKS, { ...NOT_IN_HEADS, officer: 'FORBIDDEN' });
/** Events that need the room: those never let in are told to join first. */
const NOT_IN_ROOM: Partial<Record<Role, Expectation>> = { dsl1: 'BAD_USER_INPUT', officerBradford: 'BAD_USER_INPUT' };

const SOCKET_MATRIX: SocketRow[] = [
  { event: 'conversation.join', payload: ({ headsGeneral }) => ({ conversationId: headsGeneral, afterSequence: 0 }), expect: only(READ_NETWORKS, NOT_IN_HEADS) },
  { event: 'conversation.leave', payload: ({ headsGeneral }) => ({ conversationId: headsGeneral }), expect: only(READ_NETWORKS) },
  {
    event: 'message.send',
    payload: ({ headsGeneral }) => ({ conversationId: headsGeneral, clientId: randomUUID(), body: 'Matrix message over the socket' }),
    expect: GENERAL_PARTICIPANTS,
  },
  {
    event: 'message.edit',
    payload: ({ headsWelcome }) => ({ messageId: headsWelcome, body: `Welcome, edited ${randomUUID().slice(0, 8)}` }),
    // Only its author (head1).
    expect: only(TAKE_PART_IN_NETWORKS, { ...NOT_IN_HEADS, officer: 'FORBIDDEN', manager: 'FORBIDDEN' }),
  },
  {
    event: 'message.delete',
    payload: ({ spareMessage }) => ({ messageId: spareMessage }),
    expect: only(TAKE_PART_IN_NETWORKS, { ...NOT_IN_HEADS, officer: 'FORBIDDEN', manager: 'FORBIDDEN' }),
  },
  { event: 'reaction.add', payload: ({ managerMessage }) => ({ messageId: managerMessage, emoji: '👍' }), expect: GENERAL_PARTICIPANTS },
  { event: 'reaction.remove', payload: ({ managerMessage }) => ({ messageId: managerMessage, emoji: '👍' }), expect: GENERAL_PARTICIPANTS },
  { event: 'conversation.read', payload: ({ headsGeneral }) => ({ conversationId: headsGeneral, upToSequence: 1 }), expect: GENERAL_PARTICIPANTS },
  // Typing goes only to a room the socket was let into, from its participants: the officer reads "general" as an overseer but is not in it.
  {
    event: 'typing',
    payload: ({ headsGeneral }) => ({ conversationId: headsGeneral }),
    joinFirst: true,
    expect: only(TAKE_PART_IN_NETWORKS, { ...NOT_IN_ROOM, officer: 'FORBIDDEN' }),
  },
  { event: 'presence.set', payload: () => ({ status: 'away' }), expect: only(READ_NETWORKS) },
  { event: 'presence.list', payload: ({ headsGeneral }) => ({ conversationId: headsGeneral }), joinFirst: true, expect: only(READ_NETWORKS, NOT_IN_ROOM) },
];

type Ack = { ok: true; data: unknown } | { ok: false; error: { code: string; reason?: string; message: string } };

describe('permission matrix: socket events', () => {
  let t: TestApp;
  let ids: Ids;
  const sockets = new Map<Role, Socket>();

  const connect = (token?: string) =>
    new Promise<Socket | string>((resolve) => {
      const socket = io(t.url, { auth: token ? { token } : {}, transports: ['websocket'], reconnection: false });
      socket.on('connect', () => resolve(socket));
      socket.on('connect_error', (error) => {
        socket.close();
        resolve(error.message);
      });
    });
  const socketFor = async (role: Exclude<Role, 'anonymous'>): Promise<Socket> => {
    const existing = sockets.get(role);
    if (existing) return existing;
    const socket = await connect(await t.login(ACCOUNTS[role]));
    if (typeof socket === 'string') throw new Error(`${role} could not connect: ${socket}`);
    sockets.set(role, socket);
    return socket;
  };
  const emit = (socket: Socket, event: string, payload: unknown) => socket.timeout(10000).emitWithAck(event, payload) as Promise<Ack>;

  beforeAll(async () => {
    t = await startTestApp();
    const one = async (sql: string, params: unknown[] = []) => {
      const rows = await t.db.query<{ id: string }>(sql, params);
      if (rows.length !== 1) throw new Error(`expected one row for ${sql}, got ${rows.length}`);
      return rows[0].id;
    };
    const headsGeneral = await one(
      `SELECT c.id FROM conversations c JOIN networks n ON n.id = c.network_id WHERE n.name = 'East Birmingham heads' AND c.name = 'general'`,
    );
    const messageAt = (sequence: number) => one('SELECT id FROM messages WHERE conversation_id = $1 AND sequence = $2', [headsGeneral, sequence]);
    const spare = await t.gql<{ sendMessage: { message: { id: string } } }>(
      'mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { id } } }',
      { input: { conversationId: headsGeneral, clientId: randomUUID(), body: 'Matrix: to delete over the socket' } },
      await t.login('head1@demo.test'),
    );
    ids = { headsGeneral, headsWelcome: await messageAt(1), managerMessage: await messageAt(2), spareMessage: spare.data!.sendMessage.message.id };
  });
  afterAll(async () => {
    for (const socket of sockets.values()) socket.close();
    await t.close();
  });

  it('has a row for every @SubscribeMessage event of every gateway', () => {
    const events: string[] = [];
    for (const module of t.app.get(ModulesContainer).values()) {
      for (const wrapper of module.providers.values()) {
        const instance = wrapper.instance as object | undefined;
        if (!instance || !wrapper.metatype || !Reflect.getMetadata('websockets:is_gateway', wrapper.metatype)) continue;
        const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
        for (const name of Object.getOwnPropertyNames(prototype)) {
          const method = prototype[name];
          if (typeof method === 'function' && Reflect.getMetadata('websockets:message_mapping', method)) {
            events.push(String(Reflect.getMetadata('message', method)));
          }
        }
      }
    }
    expect(events.length).toBeGreaterThan(0);
    const covered = new Set(SOCKET_MATRIX.map((row) => row.event));
    expect(events.filter((event) => !covered.has(event)).sort()).toEqual([]);
    expect([...covered].filter((event) => !events.includes(event))).toEqual([]);
  });

  it('refuses a connection without a valid access token', async () => {
    expect(typeof (await connect())).toBe('string');
    expect(typeof (await connect('not-a-token'))).toBe('string');
  });

  for (const row of SOCKET_MATRIX) {
    for (const role of ROLES) {
      const expected = row.expect[role];
      it(`${row.event} as ${role} → ${expected}`, async () => {
        if (role === 'anonymous') {
          // No socket event is reachable without a connection, and none is given without a token.
          expect(expected).toBe('UNAUTHENTICATED');
          expect(typeof (await connect())).toBe('string');
          return;
        }
        const socket = await socketFor(role);
        if (row.joinFirst) await emit(socket, 'conversation.join', { conversationId: ids.headsGeneral, afterSequence: 0 });
        const ack = await emit(socket, row.event, row.payload(ids));
        if (expected === 'ok') expect(ack).toMatchObject({ ok: true });
        else expect(ack).toMatchObject({ ok: false, error: { code: expected } });
      });
    }
  }
});
