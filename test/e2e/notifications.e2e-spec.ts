import { DataSource } from 'typeorm';
import { io, Socket } from 'socket.io-client';
import { NotificationsService } from '@safeguard/notifications';
import { startTestApp, TestApp } from '../support/test-app';

describe('notification centre', () => {
  let t: TestApp;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await t.close();
  });

  const connect = (token?: string) =>
    new Promise<Socket>((resolve, reject) => {
      const socket = io(t.url, { auth: token ? { token } : {}, transports: ['websocket'], reconnection: false });
      sockets.push(socket);
      socket.on('connect', () => resolve(socket));
      socket.on('connect_error', reject);
    });

  it('refuses a socket without a valid access token', async () => {
    await expect(connect()).rejects.toThrow(/UNAUTHENTICATED/);
    await expect(connect('forged.token.value')).rejects.toThrow(/UNAUTHENTICATED/);
  });

  it('delivers a committed notification live to its recipient only, counts it unread, and e-mails a copy via the worker', async () => {
    const headToken = await t.login('head1@demo.test');
    const otherToken = await t.login('head2@demo.test');
    const head = await connect(headToken);
    const other = await connect(otherToken);
    const otherReceived: unknown[] = [];
    other.on('notification', (n) => otherReceived.push(n));
    const received = new Promise<{ title: string; link: string }>((resolve) => head.once('notification', resolve));

    const [user] = await t.db.query<{ id: string }>(`SELECT id FROM users WHERE email = 'head1@demo.test'`);
    // The demo seed notifies demo users too (e.g. of their pressure reports): count from where they stand.
    const unread = async () => (await t.gql<{ unreadNotificationCount: number }>('{ unreadNotificationCount }', {}, headToken)).data!.unreadNotificationCount;
    const othersNotifications = async () =>
      (await t.gql<{ notifications: { edges: Array<{ node: { id: string } }> } }>('{ notifications(first: 100) { edges { node { id } } } }', {}, otherToken))
        .data!.notifications.edges;
    const unreadBefore = await unread();
    const othersBefore = await othersNotifications();
    const centre = t.app.get(NotificationsService);
    const dataSource = t.app.get(DataSource);
    // A rolled-back change notifies nobody.
    await expect(
      dataSource.transaction(async (manager) => {
        await centre.notify(manager, { recipientId: user.id, kind: 'test.rolled_back', title: 'Never seen', link: '/x' });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    await dataSource.transaction((manager) =>
      centre.notify(manager, { recipientId: user.id, kind: 'test.hello', title: 'A record needs your attention', link: '/records/1' }),
    );

    expect(await received).toMatchObject({ title: 'A record needs your attention', link: '/records/1' });
    expect(otherReceived).toEqual([]);
    expect(await unread()).toBe(unreadBefore + 1);
    expect(await othersNotifications()).toEqual(othersBefore);

    await t.startWorker();
    const deadline = Date.now() + 20000;
    let sent: Array<{ sent_at: Date | null }> = [];
    while (Date.now() < deadline) {
      sent = await t.db.query(`SELECT sent_at FROM outbox_messages WHERE subject LIKE '%needs your attention'`);
      if (sent[0]?.sent_at) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(sent).toHaveLength(1);
    expect(sent[0].sent_at).not.toBeNull();
    expect(await t.db.query(`SELECT 1 FROM notifications WHERE kind = 'test.rolled_back'`)).toEqual([]);

    const marked = await t.gql('mutation { markNotificationsRead(input: { all: true }) }', {}, headToken);
    expect(marked.data).toEqual({ markNotificationsRead: unreadBefore + 1 });
  });
});
