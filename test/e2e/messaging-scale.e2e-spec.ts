import { randomUUID } from 'node:crypto';
import { ChatClient } from '../support/chat-client';
import { startTestApp, TestApp } from '../support/test-app';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Two api instances sharing socket traffic through the Redis Streams adapter, on one database. */
describe('Messaging scale-out: two api instances through Redis Streams', () => {
  let a: TestApp;
  let b: TestApp;
  const clients: ChatClient[] = [];

  beforeAll(async () => {
    a = await startTestApp({ REDIS_URL });
    b = await startTestApp({ REDIS_URL, JWT_SECRET: process.env.JWT_SECRET! }, a.db);
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await b?.close();
    await a?.close();
  });

  it('lets users on different instances exchange messages in order, with none lost and none repeated', async () => {
    const [head1, head2] = [await a.login('head1@demo.test'), await b.login('head2@demo.test')];
    const [{ id: network }] = await a.db.query<{ id: string }>(`SELECT id FROM networks WHERE name = 'East Birmingham heads'`);
    const created = await a.gql<{ createChannel: { id: string } }>(
      'mutation($input: CreateChannelInput!) { createChannel(input: $input) { id } }',
      { input: { networkId: network, name: `scale-${randomUUID().slice(0, 6)}`, visibility: 'PUBLIC' } }, head1,
    );
    const id = created.data!.createChannel.id;
    await b.gql('mutation($input: ConversationRefInput!) { joinConversation(input: $input) { id } }', { input: { conversationId: id } }, head2);
    const onA = new ChatClient(a.url, head1);
    const onB = new ChatClient(b.url, head2);
    clients.push(onA, onB);
    await Promise.all([onA.connected(), onB.connected()]);
    expect((await onA.join(id)).ok).toBe(true);
    expect((await onB.join(id)).ok).toBe(true);

    const sent: string[] = [];
    const burst = async (client: ChatClient, who: string) => {
      for (let i = 0; i < 30; i++) {
        const body = `${who} ${i}`;
        const ack = await client.call('message.send', { conversationId: id, clientId: randomUUID(), body });
        expect(ack.ok).toBe(true);
        sent.push(body);
      }
    };
    await Promise.all([burst(onA, 'a'), burst(onB, 'b')]);
    const total = sent.length;
    const posted = (c: ChatClient) => (c.log.get(id) ?? []).filter((e) => e.type === 'MESSAGE_POSTED');
    await onA.waitFor(() => posted(onA).length === total);
    await onB.waitFor(() => posted(onB).length === total);
    // Both see the same messages in the same order: the conversation's sequence.
    const order = (c: ChatClient) => posted(c).map((e) => e.message!.sequence);
    expect(order(onA)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(order(onB)).toEqual(order(onA));
    expect(posted(onB).map((e) => e.message!.body).sort()).toEqual([...sent].sort());
    // Each author's own messages arrive in the order they were sent.
    for (const who of ['a', 'b']) {
      const mine = posted(onB).map((e) => e.message!.body!).filter((body) => body.startsWith(`${who} `));
      expect(mine).toEqual(Array.from({ length: 30 }, (_, i) => `${who} ${i}`));
    }
    // Live delivery crossed instances: b's sockets heard a's sends through Redis, not by catching up alone.
    expect(onB.received.filter((r) => r.event === 'conversation.event').length).toBeGreaterThanOrEqual(30);
  });
});
