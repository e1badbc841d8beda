import { randomUUID } from 'node:crypto';
import { io } from 'socket.io-client';
import { ChatClient } from '../support/chat-client';
import { startTestApp, TestApp } from '../support/test-app';

type Who = 'head1' | 'head2' | 'manager' | 'officer' | 'dsl1' | 'dsl2' | 'hmi' | 'bradford' | 'admin';
const EMAILS: Record<Who, string> = {
  head1: 'head1@demo.test', head2: 'head2@demo.test', manager: 'manager@demo.test', officer: 'officer@demo.test',
  dsl1: 'dsl1@demo.test', dsl2: 'dsl2@demo.test', hmi: 'hmi@demo.test', bradford: 'officer.bradford@demo.test', admin: 'admin@demo.test',
};

const CREATE_CHANNEL = `mutation($input: CreateChannelInput!) { createChannel(input: $input) { id name visibility me { joined canPost canModerate readUpTo } } }`;
const JOIN = `mutation($input: ConversationRefInput!) { joinConversation(input: $input) { id } }`;
const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { duplicate message { id sequence body bodyHtml clientId parentId } } }`;
const EDIT = `mutation($input: EditMessageInput!) { editMessage(input: $input) { id body editedAt } }`;
const DELETE = `mutation($input: MessageRefInput!) { deleteMessage(input: $input) { id body deletedAt } }`;
const REACT = `mutation($input: ReactionInput!) { addReaction(input: $input) { id reactions { emoji count userIds } } }`;
const HISTORY = `query($conversationId: ID!, $threadId: ID, $first: Int, $after: String) {
  messages(conversationId: $conversationId, threadId: $threadId, first: $first, after: $after) {
    edges { node { id sequence body replyCount parentId } } pageInfo { hasNextPage endCursor } } }`;
const EVENTS = `query($conversationId: ID!, $afterSequence: Int!) { conversationEvents(conversationId: $conversationId, afterSequence: $afterSequence, first: 100) {
  lastSequence hasMore events { sequence type userId emoji readUpTo message { id sequence body } } } }`;
const SEARCH = `query($query: String!) { searchMessages(query: $query, first: 20) { edges { node { id body conversationId } } } }`;
const DIRECT = `mutation($input: StartDirectConversationInput!) { startDirectConversation(input: $input) { id kind localAuthorityId } }`;
const CONVERSATIONS = `query($networkId: ID) { conversations(networkId: $networkId, first: 50) { edges { node { id name kind unreadCount me { joined } readers { userId readUpTo } } } } }`;

describe('Messaging: conversations, delivery guarantees and the ordered log', () => {
  let t: TestApp;
  const tokens = {} as Record<Who, string>;
  const users = {} as Record<Who, string>;
  let heads: string;
  const clients: ChatClient[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    for (const who of Object.keys(EMAILS) as Who[]) tokens[who] = await t.login(EMAILS[who]);
    const rows = await t.db.query<{ id: string; email: string }>('SELECT id, email FROM users WHERE email = ANY($1)', [Object.values(EMAILS)]);
    for (const who of Object.keys(EMAILS) as Who[]) users[who] = rows.find((r) => r.email === EMAILS[who])!.id;
    const networks = await t.db.query<{ id: string; name: string }>('SELECT id, name FROM networks');
    heads = networks.find((n) => n.name === 'East Birmingham heads')!.id;
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await t.close();
  });

  const ok = async <T>(query: string, variables: Record<string, unknown>, who: Who): Promise<T> => {
    const result = await t.gql<T>(query, variables, tokens[who]);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!;
  };
  const refused = async (query: string, variables: Record<string, unknown>, who: Who) => {
    const result = await t.gql(query, variables, tokens[who]);
    expect(result.data ?? null).toBeNull();
    expect(result.status).toBe(200);
    return result.errors![0].extensions;
  };
  const channel = async (name: string, visibility = 'PUBLIC', who: Who = 'head1', network = heads, memberUserIds: string[] = []) =>
    (await ok<{ createChannel: { id: string } }>(CREATE_CHANNEL, { input: { networkId: network, name: `${name}-${randomUUID().slice(0, 6)}`, visibility, memberUserIds } }, who))
      .createChannel.id;
  const send = async (conversationId: string, body: string, who: Who = 'head1', extra: Record<string, unknown> = {}) =>
    (await ok<{ sendMessage: { duplicate: boolean; message: { id: string; sequence: number; body: string } } }>(
      SEND, { input: { conversationId, clientId: randomUUID(), body, ...extra } }, who,
    )).sendMessage;
  const client = async (who: Who) => {
    const c = new ChatClient(t.url, tokens[who]);
    clients.push(c);
    await c.connected();
    return c;
  };

  it('delivers a socket send to another member live, acknowledged only with the stored message, and the read receipt comes back', async () => {
    const id = await channel('general');
    await ok(JOIN, { input: { conversationId: id } }, 'head2');
    const [a, b] = [await client('head1'), await client('head2')];
    expect((await a.join(id)).ok).toBe(true);
    expect((await b.join(id)).ok).toBe(true);
    const clientId = randomUUID();
    const ack = await a.call<{ message: { id: string; sequence: number; body: string }; duplicate: boolean }>('message.send', {
      conversationId: id, clientId, body: 'Morning all — **PSHE** letter template attached later',
    });
    expect(ack.ok).toBe(true);
    if (!ack.ok) return;
    expect(ack.data.message.sequence).toBe(1);
    const [stored] = await t.db.query<{ id: string; sequence: string }>('SELECT id, sequence FROM messages WHERE client_id = $1', [clientId]);
    expect(stored).toEqual({ id: ack.data.message.id, sequence: '1' });
    await b.waitFor(() => (b.log.get(id) ?? []).some((e) => e.type === 'MESSAGE_POSTED'));
    const posted = b.log.get(id)!.find((e) => e.type === 'MESSAGE_POSTED')!;
    expect(posted.message?.body).toBe('Morning all — **PSHE** letter template attached later');
    expect((await b.call('conversation.read', { conversationId: id, upToSequence: 1 })).ok).toBe(true);
    await a.waitFor(() => (a.log.get(id) ?? []).some((e) => e.type === 'READ_UP_TO' && e.userId === users.head2 && e.readUpTo === 1));
    const list = await ok<{ conversations: { edges: Array<{ node: { id: string; unreadCount: number; readers: Array<{ userId: string; readUpTo: number }> } }> } }>(
      CONVERSATIONS, {}, 'head1',
    );
    const mine = list.conversations.edges.find((e) => e.node.id === id)!.node;
    expect(mine.readers).toEqual(expect.arrayContaining([{ userId: users.head2, readUpTo: 1 }]));
  });

  it('is idempotent: a retried client id returns the stored message, over GraphQL and sockets alike, never a duplicate', async () => {
    const id = await channel('retries');
    const clientId = randomUUID();
    const input = { conversationId: id, clientId, body: 'Once only' };
    const first = await ok<{ sendMessage: { duplicate: boolean; message: { id: string } } }>(SEND, { input }, 'head1');
    const again = await ok<{ sendMessage: { duplicate: boolean; message: { id: string } } }>(SEND, { input: { ...input, body: 'changed on retry' } }, 'head1');
    expect(first.sendMessage.duplicate).toBe(false);
    expect(again.sendMessage).toEqual({ duplicate: true, message: { ...first.sendMessage.message } });
    const socket = await client('head1');
    const ack = await socket.call<{ duplicate: boolean; message: { id: string } }>('message.send', input);
    expect(ack.ok && ack.data.duplicate && ack.data.message.id).toBe(first.sendMessage.message.id);
    const other = await channel('elsewhere');
    expect(await refused(SEND, { input: { ...input, conversationId: other } }, 'head1')).toMatchObject({ code: 'CONFLICT', reason: 'CLIENT_ID_REUSED' });
    const [{ n }] = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM messages WHERE client_id = $1', [clientId]);
    expect(n).toBe(1);
  });

  it('numbers concurrent sends 1, 2, 3… with no gaps and no duplicates, even when every send is retried at once', async () => {
    const id = await channel('busy');
    await ok(JOIN, { input: { conversationId: id } }, 'head2');
    const inputs = Array.from({ length: 40 }, (_, i) => ({ who: (i % 2 ? 'head1' : 'head2') as Who, clientId: randomUUID(), body: `burst ${i}` }));
    await Promise.all(inputs.flatMap((m) => [0, 1].map(() => t.gql(SEND, { input: { conversationId: id, clientId: m.clientId, body: m.body } }, tokens[m.who]))));
    const rows = await t.db.query<{ sequence: string }>('SELECT sequence FROM messages WHERE conversation_id = $1 ORDER BY sequence', [id]);
    expect(rows.map((r) => Number(r.sequence))).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    const events = await t.db.query<{ sequence: string }>('SELECT sequence FROM conversation_events WHERE conversation_id = $1 ORDER BY sequence', [id]);
    expect(events.map((r) => Number(r.sequence))).toEqual(Array.from({ length: events.length }, (_, i) => i + 1));
  });

  it('lets a client that was away catch up on exactly what it missed, edits and deletions included, then continue live', async () => {
    const id = await channel('catch-up');
    await ok(JOIN, { input: { conversationId: id } }, 'head2');
    const b = await client('head2');
    await b.join(id);
    const seen = b.lastSequence(id);
    b.socket.disconnect();
    const one = await send(id, 'first while away');
    const two = await send(id, 'second while away');
    await ok(EDIT, { input: { messageId: one.message.id, body: 'first, corrected' } }, 'head1');
    await ok(DELETE, { input: { messageId: two.message.id } }, 'head1');
    await ok(REACT, { input: { messageId: one.message.id, emoji: '👍' } }, 'head1');
    b.socket.connect();
    await b.connected();
    await b.waitFor(() => b.lastSequence(id) >= seen + 5);
    const missed = b.log.get(id)!.filter((e) => e.sequence > seen);
    expect(missed.map((e) => e.type)).toEqual(['MESSAGE_POSTED', 'MESSAGE_POSTED', 'MESSAGE_EDITED', 'MESSAGE_DELETED', 'REACTION_ADDED']);
    expect(missed.map((e) => e.sequence)).toEqual([seen + 1, seen + 2, seen + 3, seen + 4, seen + 5]);
    expect(missed[0].message?.body).toBe('first, corrected');
    expect(missed[1].message?.body).toBeNull();
    expect(missed[4]).toMatchObject({ emoji: '👍', userId: users.head1 });
    // The same over GraphQL.
    const page = await ok<{ conversationEvents: { events: Array<{ sequence: number; type: string }>; lastSequence: number } }>(
      EVENTS, { conversationId: id, afterSequence: seen }, 'head2',
    );
    expect(page.conversationEvents.events.map((e) => e.type)).toEqual(missed.map((e) => e.type));
    // And live again afterwards, without a gap or a repeat.
    await send(id, 'back live');
    await b.waitFor(() => b.lastSequence(id) === seen + 6);
    const sequences = b.log.get(id)!.map((e) => e.sequence);
    expect(sequences).toEqual(Array.from({ length: sequences.length }, (_, i) => i + 1));
  });

  it('keeps threads, rendered Markdown, edit history for moderators only, and searches only conversations one takes part in', async () => {
    const id = await channel('threads');
    const root = await send(id, 'Has anyone had **organised** protests about RSE?');
    const reply = await send(id, 'Yes — see [the guidance](https://www.gov.uk/rse) <script>x</script>', 'head1', { parentId: root.message.id });
    const thread = await ok<{ messages: { edges: Array<{ node: { id: string; parentId: string } }> } }>(HISTORY, { conversationId: id, threadId: root.message.id }, 'head1');
    expect(thread.messages.edges.map((e) => e.node.id)).toEqual([reply.message.id]);
    const top = await ok<{ messages: { edges: Array<{ node: { id: string; replyCount: number } }> } }>(HISTORY, { conversationId: id }, 'head1');
    expect(top.messages.edges.map((e) => [e.node.id, e.node.replyCount])).toEqual([[root.message.id, 1]]);
    const html = (await ok<{ sendMessage: { message: { bodyHtml: string } } }>(SEND, { input: { conversationId: id, clientId: randomUUID(), body: '<img src=x onerror=alert(1)> **ok**' } }, 'head1'))
      .sendMessage.message.bodyHtml;
    expect(html).toBe('<p>&lt;img src=x onerror=alert(1)&gt; <strong>ok</strong></p>');
    expect(await refused(SEND, { input: { conversationId: id, clientId: randomUUID(), body: 'nested', parentId: reply.message.id } }, 'head1'))
      .toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
    const word = `quokka${randomUUID().slice(0, 4)}`;
    await send(id, `The ${word} policy`);
    const found = await ok<{ searchMessages: { edges: Array<{ node: { body: string } }> } }>(SEARCH, { query: word }, 'head1');
    expect(found.searchMessages.edges.map((e) => e.node.body)).toEqual([`The ${word} policy`]);
    expect((await ok<{ searchMessages: { edges: unknown[] } }>(SEARCH, { query: word }, 'dsl1')).searchMessages.edges).toEqual([]);
    expect((await ok<{ searchMessages: { edges: unknown[] } }>(SEARCH, { query: word }, 'head2')).searchMessages.edges).toEqual([]);
  });

  it('refuses a non-member: no room, no history, no log, no search, no posting, no events', async () => {
    const id = await channel('heads-only');
    await send(id, 'heads only');
    const outsider = await client('dsl1');
    const ack = await outsider.call('conversation.join', { conversationId: id, afterSequence: 0 });
    expect(ack).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await refused(HISTORY, { conversationId: id }, 'dsl1')).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refused(EVENTS, { conversationId: id, afterSequence: 0 }, 'dsl1')).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refused(SEND, { input: { conversationId: id, clientId: randomUUID(), body: 'hello?' } }, 'dsl1')).toMatchObject({ code: 'NOT_FOUND' });
    // A network member who has not joined reads a public channel but cannot post in it.
    expect(await refused(SEND, { input: { conversationId: id, clientId: randomUUID(), body: 'hi' } }, 'head2')).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_A_MEMBER' });
    // A private channel is closed even to the network's members who were not named.
    const secret = await channel('private', 'PRIVATE');
    expect(await refused(HISTORY, { conversationId: secret }, 'head2')).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refused(JOIN, { input: { conversationId: secret } }, 'head2')).toMatchObject({ code: 'NOT_FOUND' });
    await send(id, 'still heads only');
    await new Promise((r) => setTimeout(r, 300));
    expect(outsider.received.filter((r) => r.event === 'conversation.event')).toEqual([]);
    // The authority's HMI reads public channels (oversight) but never private ones.
    expect((await ok<{ messages: { edges: unknown[] } }>(HISTORY, { conversationId: id }, 'hmi')).messages.edges.length).toBe(2);
    expect(await refused(HISTORY, { conversationId: secret }, 'hmi')).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('stops a removed member receiving at once: their socket leaves the room when the moderator removes them from the network', async () => {
    const id = await channel('removal');
    await ok(JOIN, { input: { conversationId: id } }, 'head2');
    const b = await client('head2');
    await b.join(id);
    await ok(`mutation($input: NetworkPersonInput!) { removeNetworkMember(input: $input) { status } }`, { input: { networkId: heads, userId: users.head2 } }, 'head1');
    await b.waitFor(() => b.received.some((r) => r.event === 'conversation.revoked'));
    const before = b.received.length;
    await send(id, 'after removal');
    await new Promise((r) => setTimeout(r, 300));
    expect(b.received.slice(before).filter((r) => r.event === 'conversation.event')).toEqual([]);
    expect(await refused(HISTORY, { conversationId: id }, 'head2')).toMatchObject({ code: 'NOT_FOUND' });
    const log = await ok<{ conversationEvents: { events: Array<{ type: string; userId: string }> } }>(EVENTS, { conversationId: id, afterSequence: 0 }, 'head1');
    expect(log.conversationEvents.events.map((e) => [e.type, e.userId])).toContainEqual(['MEMBER_REMOVED', users.head2]);
    // Put head2 back for the rest of the file.
    await ok(`mutation($input: NetworkPersonInput!) { inviteToNetwork(input: $input) { status } }`, { input: { networkId: heads, userId: users.head2 } }, 'head1');
    await ok(`mutation($input: RespondToNetworkInvitationInput!) { respondToNetworkInvitation(input: $input) { status } }`, { input: { networkId: heads, accept: true } }, 'head2');
  });

  it('starts one direct conversation per set of people who share an authority or network, and refuses strangers', async () => {
    const dm = await ok<{ startDirectConversation: { id: string; kind: string } }>(DIRECT, { input: { userIds: [users.dsl1] } }, 'head1');
    const again = await ok<{ startDirectConversation: { id: string } }>(DIRECT, { input: { userIds: [users.head1] } }, 'dsl1');
    expect(again.startDirectConversation.id).toBe(dm.startDirectConversation.id);
    await send(dm.startDirectConversation.id, 'A quick word about a child', 'head1');
    const unread = await ok<{ conversations: { edges: Array<{ node: { id: string; unreadCount: number } }> } }>(CONVERSATIONS, {}, 'dsl1');
    expect(unread.conversations.edges.find((e) => e.node.id === dm.startDirectConversation.id)!.node.unreadCount).toBe(1);
    expect(await refused(DIRECT, { input: { userIds: [users.bradford] } }, 'head1')).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_REACHABLE' });
    expect(await refused(HISTORY, { conversationId: dm.startDirectConversation.id }, 'head2')).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refused(HISTORY, { conversationId: dm.startDirectConversation.id }, 'manager')).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('checks sockets: no token (or a token in the query string) is refused, and a signed-out session is disconnected', async () => {
    const refusedSocket = (options: Record<string, unknown>) =>
      new Promise<string>((resolve) => {
        const s = io(t.url, { transports: ['websocket'], reconnection: false, ...options });
        s.on('connect_error', (e) => { s.close(); resolve(e.message); });
        s.on('connect', () => { s.close(); resolve('connected'); });
      });
    expect(await refusedSocket({})).toMatch(/UNAUTHENTICATED/);
    expect(await refusedSocket({ query: { token: tokens.head1 } })).toMatch(/UNAUTHENTICATED/);
    const token = await t.login(EMAILS.head2);
    const c = new ChatClient(t.url, token, { autoRejoin: false });
    clients.push(c);
    await c.connected();
    c.socket.io.opts.reconnection = false;
    await t.gql('mutation { logout }', {}, token);
    await c.waitFor(() => !c.socket.connected, 9000);
    expect(c.received.some((r) => r.event === 'session.ended')).toBe(true);
  });

  it('limits each socket’s event rate and message size with clear refusals', async () => {
    const id = await channel('limits');
    const c = await client('head1');
    await c.join(id);
    const acks = await Promise.all(Array.from({ length: 60 }, () => c.call('typing', { conversationId: id })));
    expect(acks.filter((a) => !a.ok).map((a) => !a.ok && a.error.reason)).toContain('RATE_LIMITED');
    await new Promise((r) => setTimeout(r, 2500));
    const big = await c.call('message.send', { conversationId: id, clientId: randomUUID(), body: 'x'.repeat(4001) });
    expect(big).toMatchObject({ ok: false, error: { code: 'BAD_USER_INPUT', field: 'body' } });
    const junk = await c.call('message.send', 'not an object');
    expect(junk).toMatchObject({ ok: false, error: { code: 'BAD_USER_INPUT' } });
    // An officer may read the public channel (oversight) but not post in it, so is never shown typing.
    const overseer = await client('officer');
    expect(await overseer.call('conversation.join', { conversationId: id })).toMatchObject({ ok: true });
    expect(await overseer.call('typing', { conversationId: id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'NOT_A_MEMBER' } });
  });
});
