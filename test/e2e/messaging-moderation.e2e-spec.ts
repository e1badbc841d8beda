import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { AttachmentStore } from '@safeguard/concerns';
import { purgeExpiredMessages } from '@safeguard/messaging';
import { ChatClient } from '../support/chat-client';
import { startTestApp, TestApp } from '../support/test-app';
import { asSystem } from '../support/as-system';

type Who = 'head1' | 'head2' | 'manager' | 'officer' | 'dsl1' | 'hmi' | 'bradford';
const EMAILS: Record<Who, string> = {
  head1: 'head1@demo.test', head2: 'head2@demo.test', manager: 'manager@demo.test', officer: 'officer@demo.test',
  dsl1: 'dsl1@demo.test', hmi: 'hmi@demo.test', bradford: 'officer.bradford@demo.test',
};

const CREATE_CHANNEL = `mutation($input: CreateChannelInput!) { createChannel(input: $input) { id } }`;
const JOIN = `mutation($input: ConversationRefInput!) { joinConversation(input: $input) { id } }`;
const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { id sequence body attachments { id fileName mediaType } } } }`;
const EDIT = `mutation($input: EditMessageInput!) { editMessage(input: $input) { id } }`;
const DELETE = `mutation($input: MessageRefInput!) { deleteMessage(input: $input) { id } }`;
const REACT = `mutation($input: ReactionInput!) { addReaction(input: $input) { id } }`;
const HISTORY = `query($conversationId: ID!) { messages(conversationId: $conversationId, first: 50) { edges { node { id body hiddenAt } } } }`;
const REPORT = `mutation($input: ReportMessageInput!) { reportMessage(input: $input) { id status reason note reporter { id } message { id body } } }`;
const REPORTS = `query($status: MessageReportStatus, $conversationId: ID, $after: String, $first: Int) {
  messageReports(status: $status, conversationId: $conversationId, first: $first, after: $after) {
    edges { node { id status reason note reporter { id displayName } message { id body hiddenAt } } } pageInfo { hasNextPage endCursor } } }`;
const REVIEW = `mutation($input: ReviewMessageReportInput!) { reviewMessageReport(input: $input) { id status reviewNote message { id body hiddenAt } } }`;
const HIDE = `mutation($input: HideMessageInput!) { hideMessage(input: $input) { id body hiddenAt } }`;
const RESTORE = `mutation($id: ID!) { restoreMessage(messageId: $id) { id body hiddenAt } }`;
const EDITS = `query($id: ID!) { messageEdits(messageId: $id) { previousBody editedAt } }`;
const MUTE = `mutation($input: MuteConversationMemberInput!) { muteConversationMember(input: $input) { userId mutedUntil } }`;
const REMOVE = `mutation($input: ConversationMemberRefInput!) { removeConversationMember(input: $input) { id } }`;
const HOLD = `mutation($input: PlaceLegalHoldInput!) { placeLegalHold(input: $input) { id legalHold { placedAt reason } } }`;
const LIFT = `mutation($id: ID!) { liftLegalHold(conversationId: $id) { id legalHold { placedAt } } }`;
const CONVERSATION = `query($id: ID!) { conversation(id: $id) { id legalHold { reason } } }`;
const EXPORT = `mutation($id: ID!, $format: ConversationExportFormat!) { exportConversation(conversationId: $id, format: $format) { fileName contentType content } }`;

const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(64, 1)]);

describe('Messaging moderation: reports, hiding, muting, removal, legal holds, retention, export and attachments', () => {
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
    heads = (await t.db.query<{ id: string }>(`SELECT id FROM networks WHERE name = 'East Birmingham heads'`))[0].id;
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
    return result.errors![0].extensions;
  };
  /** A public channel in East Birmingham heads (head1 moderates it; head2 joins). */
  const channel = async (name: string) => {
    const id = (await ok<{ createChannel: { id: string } }>(CREATE_CHANNEL, { input: { networkId: heads, name: `${name}-${randomUUID().slice(0, 6)}`, visibility: 'PUBLIC' } }, 'head1')).createChannel.id;
    await ok(JOIN, { input: { conversationId: id } }, 'head2');
    return id;
  };
  const send = async (conversationId: string, body: string, who: Who = 'head2', extra: Record<string, unknown> = {}) =>
    (await ok<{ sendMessage: { message: { id: string; sequence: number; attachments: Array<{ id: string }> } } }>(
      SEND, { input: { conversationId, clientId: randomUUID(), body, ...extra } }, who,
    )).sendMessage.message;
  const client = async (who: Who) => {
    const c = new ChatClient(t.url, tokens[who]);
    clients.push(c);
    await c.connected();
    return c;
  };
  const audits = (action: string, entityId: string) =>
    t.db.query<{ details: Record<string, unknown>; actor_user_id: string | null }>(
      'SELECT details, actor_user_id FROM audit_events WHERE action = $1 AND entity_id = $2 ORDER BY occurred_at', [action, entityId],
    );

  it('takes a report to the moderators, refuses a second open one, and a review hides the message from members only', async () => {
    const id = await channel('reports');
    const message = await send(id, 'Here is the child’s full name and address…');
    const report = await ok<{ reportMessage: { id: string; status: string; reporter: { id: string }; message: { body: string } } }>(
      REPORT, { input: { messageId: message.id, reason: 'CHILD_PERSONAL_DATA', note: 'Should be a concern' } }, 'head1',
    );
    expect(report.reportMessage).toMatchObject({ status: 'OPEN', reporter: { id: users.head1 } });
    expect(await refused(REPORT, { input: { messageId: message.id, reason: 'OTHER' } }, 'head1')).toMatchObject({ code: 'CONFLICT' });
    expect(await refused(REPORT, { input: { messageId: message.id, reason: 'NOT_A_REASON' } }, 'head1')).toMatchObject({ code: 'BAD_USER_INPUT' });
    // A second member reports too; the moderators (head1 for the network, the manager for the authority) are notified.
    await ok(REPORT, { input: { messageId: message.id, reason: 'CHILD_PERSONAL_DATA' } }, 'head2');
    const notified = await t.db.query<{ recipient_id: string }>(`SELECT recipient_id FROM notifications WHERE kind = 'messaging.report'`);
    expect(notified.map((n) => n.recipient_id)).toEqual(expect.arrayContaining([users.head1, users.manager]));

    // The queue: moderators see both, with the message's text; head2 (not a moderator) sees none, and is FORBIDDEN for this conversation.
    type Queue = { messageReports: { edges: Array<{ node: { id: string; status: string; message: { body: string } } }>; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const queue = await ok<Queue>(REPORTS, { status: 'OPEN', conversationId: id, first: 1 }, 'manager');
    expect(queue.messageReports.edges).toHaveLength(1);
    expect(queue.messageReports.pageInfo.hasNextPage).toBe(true);
    const next = await ok<Queue>(REPORTS, { status: 'OPEN', conversationId: id, first: 1, after: queue.messageReports.pageInfo.endCursor }, 'manager');
    expect(next.messageReports.edges).toHaveLength(1);
    expect(next.messageReports.edges[0].node.id).not.toBe(queue.messageReports.edges[0].node.id);
    expect(queue.messageReports.edges[0].node.message.body).toContain('full name');
    expect((await ok<Queue>(REPORTS, { conversationId: null }, 'head2')).messageReports.edges).toEqual([]);
    expect(await refused(REPORTS, { conversationId: id }, 'head2')).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused(REVIEW, { input: { reportId: report.reportMessage.id, hide: true, note: 'no' } }, 'head2')).toMatchObject({ code: 'FORBIDDEN' });

    const reviewed = await ok<{ reviewMessageReport: { status: string; message: { body: string; hiddenAt: string } } }>(
      REVIEW, { input: { reportId: report.reportMessage.id, hide: true, note: 'Moved to a concern' } }, 'head1',
    );
    expect(reviewed.reviewMessageReport.status).toBe('ACTIONED');
    expect(reviewed.reviewMessageReport.message.hiddenAt).not.toBeNull();
    // Every open report of it was closed with it.
    expect((await ok<Queue>(REPORTS, { status: 'OPEN', conversationId: id }, 'manager')).messageReports.edges).toEqual([]);
    expect(await refused(REVIEW, { input: { reportId: report.reportMessage.id, hide: false, note: 'again' } }, 'head1')).toMatchObject({ code: 'CONFLICT' });
    type History = { messages: { edges: Array<{ node: { id: string; body: string | null } }> } };
    const member = (await ok<History>(HISTORY, { conversationId: id }, 'head2')).messages.edges.find((e) => e.node.id === message.id)!;
    expect(member.node.body).toBeNull();
    const moderator = (await ok<History>(HISTORY, { conversationId: id }, 'manager')).messages.edges.find((e) => e.node.id === message.id)!;
    expect(moderator.node.body).toContain('full name');
    expect(await audits('messaging.review_report', report.reportMessage.id)).toHaveLength(1);
    expect(await audits('messaging.hide_message', message.id)).toHaveLength(1);

    // Dismissing another report leaves its message shown.
    const other = await send(id, 'A fair point, robustly put');
    const dismissed = await ok<{ reportMessage: { id: string } }>(REPORT, { input: { messageId: other.id, reason: 'INTIMIDATION' } }, 'head1');
    const outcome = await ok<{ reviewMessageReport: { status: string; message: { hiddenAt: string | null } } }>(
      REVIEW, { input: { reportId: dismissed.reportMessage.id, hide: false, note: 'Robust but fair' } }, 'manager',
    );
    expect(outcome.reviewMessageReport).toMatchObject({ status: 'DISMISSED', message: { hiddenAt: null } });
  });

  it('tells connected members when a message is hidden and restored, and keeps its edit history for moderators', async () => {
    const id = await channel('hide');
    const message = await send(id, 'first words');
    await ok(EDIT, { input: { messageId: message.id, body: 'second words' } }, 'head2');
    const member = await client('head2');
    await member.join(id);
    const hidden = await ok<{ hideMessage: { body: string; hiddenAt: string } }>(HIDE, { input: { messageId: message.id, reason: 'Off topic' } }, 'head1');
    expect(hidden.hideMessage.body).toBe('second words');
    await member.waitFor(() => (member.log.get(id) ?? []).some((e) => e.type === 'MESSAGE_HIDDEN'));
    expect(member.log.get(id)!.find((e) => e.type === 'MESSAGE_HIDDEN')!.message?.body ?? null).toBeNull();
    const restored = await ok<{ restoreMessage: { hiddenAt: string | null } }>(RESTORE, { id: message.id }, 'head1');
    expect(restored.restoreMessage.hiddenAt).toBeNull();
    await member.waitFor(() => (member.log.get(id) ?? []).some((e) => e.type === 'MESSAGE_RESTORED'));
    expect(member.log.get(id)!.find((e) => e.type === 'MESSAGE_RESTORED')!.message?.body).toBe('second words');
    const edits = await ok<{ messageEdits: Array<{ previousBody: string }> }>(EDITS, { id: message.id }, 'manager');
    expect(edits.messageEdits.map((e) => e.previousBody)).toEqual(['first words']);
    expect(await audits('messaging.restore_message', message.id)).toHaveLength(1);
  });

  it('refuses every moderation act to non-moderators (FORBIDDEN), and to those who cannot see the conversation (NOT_FOUND)', async () => {
    const id = await channel('refusals');
    const message = await send(id, 'something', 'head1');
    const report = await ok<{ reportMessage: { id: string } }>(REPORT, { input: { messageId: message.id, reason: 'SPAM' } }, 'head2');
    const acts: Array<[string, Record<string, unknown>]> = [
      [HIDE, { input: { messageId: message.id, reason: 'x' } }],
      [RESTORE, { id: message.id }],
      [EDITS, { id: message.id }],
      [REVIEW, { input: { reportId: report.reportMessage.id, hide: true, note: 'x' } }],
      [MUTE, { input: { conversationId: id, userId: users.head1, minutes: 5 } }],
      [REMOVE, { input: { conversationId: id, userId: users.head1 } }],
    ];
    for (const [query, variables] of acts) {
      expect(await refused(query, variables, 'head2')).toMatchObject({ code: 'FORBIDDEN' });
      expect(await refused(query, variables, 'bradford')).toMatchObject({ code: 'NOT_FOUND' });
    }
    expect(await refused(HOLD, { input: { conversationId: id, reason: 'x' } }, 'head1')).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused(EXPORT, { id, format: 'JSON' }, 'officer')).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused(MUTE, { input: { conversationId: id, userId: users.head2, minutes: 60 * 24 * 31 } }, 'head1')).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('mutes a member until unmuted (MUTED over GraphQL and sockets), and a removal takes them out at once', async () => {
    const id = await channel('mute');
    const watcher = await client('head1');
    await watcher.join(id);
    const muted = await ok<{ muteConversationMember: { mutedUntil: string } }>(MUTE, { input: { conversationId: id, userId: users.head2, minutes: 30 } }, 'head1');
    expect(new Date(muted.muteConversationMember.mutedUntil).getTime()).toBeGreaterThan(Date.now() + 29 * 60_000);
    await watcher.waitFor(() => (watcher.log.get(id) ?? []).some((e) => e.type === 'MEMBER_MUTED' && e.userId === users.head2));
    expect(await refused(SEND, { input: { conversationId: id, clientId: randomUUID(), body: 'let me speak' } }, 'head2')).toMatchObject({ code: 'FORBIDDEN', reason: 'MUTED' });
    const socket = await client('head2');
    await socket.join(id);
    const ack = await socket.call('message.send', { conversationId: id, clientId: randomUUID(), body: 'by socket' });
    expect(ack.ok ? null : ack.error.reason).toBe('MUTED');
    await ok(MUTE, { input: { conversationId: id, userId: users.head2, minutes: 0 } }, 'head1');
    await send(id, 'thank you');
    expect(await audits('messaging.mute_member', id)).toHaveLength(1);
    expect(await audits('messaging.unmute_member', id)).toHaveLength(1);

    await ok(REMOVE, { input: { conversationId: id, userId: users.head2 } }, 'manager');
    await watcher.waitFor(() => (watcher.log.get(id) ?? []).some((e) => e.type === 'MEMBER_REMOVED' && e.userId === users.head2));
    expect(await refused(SEND, { input: { conversationId: id, clientId: randomUUID(), body: 'still here?' } }, 'head2')).toMatchObject({ reason: 'NOT_A_MEMBER' });
    expect(await refused(JOIN, { input: { conversationId: id } }, 'head2')).toMatchObject({ reason: 'NOT_A_MEMBER' });
    expect(await refused(REMOVE, { input: { conversationId: id, userId: users.head2 } }, 'manager')).toMatchObject({ code: 'NOT_FOUND' });
    expect(await audits('messaging.remove_member', id)).toHaveLength(1);
  });

  it('keeps a held conversation’s old messages through the purge while another’s are purged, files and log included', async () => {
    const held = await channel('held');
    const loose = await channel('loose');
    const attachment = await upload(loose, PNG, 'photo.png');
    const oldHeld = await send(held, 'old but held');
    const oldLoose = await send(loose, 'old and gone', 'head2', { attachmentIds: [attachment.id] });
    const fresh = await send(loose, 'recent');
    await ok(REACT, { input: { messageId: oldLoose.id, emoji: '👍' } }, 'head1');
    const hold = await ok<{ placeLegalHold: { legalHold: { reason: string } } }>(HOLD, { input: { conversationId: held, reason: 'Police investigation 42' } }, 'manager');
    expect(hold.placeLegalHold.legalHold.reason).toBe('Police investigation 42');
    expect(await refused(HOLD, { input: { conversationId: held, reason: 'again' } }, 'manager')).toMatchObject({ code: 'CONFLICT', reason: 'LEGAL_HOLD' });
    expect(await refused(HOLD, { input: { conversationId: held, reason: 'x' } }, 'officer')).toMatchObject({ code: 'FORBIDDEN' });
    // Members never see the hold; moderators do.
    expect((await ok<{ conversation: { legalHold: unknown } }>(CONVERSATION, { id: held }, 'head2')).conversation.legalHold).toBeNull();
    expect((await ok<{ conversation: { legalHold: { reason: string } } }>(CONVERSATION, { id: held }, 'head1')).conversation.legalHold.reason).toBe('Police investigation 42');

    // Age the first messages (and their events) past the network's 24 months.
    for (const m of [oldHeld.id, oldLoose.id]) {
      await t.db.query(`UPDATE messages SET created_at = now() - interval '25 months' WHERE id = $1`, [m]);
      await t.db.query(`UPDATE conversation_events SET created_at = now() - interval '25 months' WHERE message_id = $1`, [m]);
    }
    const [{ storage_key: key }] = await t.db.query<{ storage_key: string }>('SELECT storage_key FROM message_attachments WHERE id = $1', [attachment.id]);
    const store = t.app.get(AttachmentStore);
    await expect(store.open(key).then((s) => void s.destroy())).resolves.toBeUndefined();
    const summary = await purgeExpiredMessages(asSystem(t.app.get(DataSource)), store, t.app.get(AuditService));
    expect(summary).toMatchObject({ conversations: 1, messages: 1, files: 1 });
    const left = await t.db.query<{ id: string }>('SELECT id FROM messages WHERE id = ANY($1)', [[oldHeld.id, oldLoose.id, fresh.id]]);
    expect(left.map((r) => r.id).sort()).toEqual([oldHeld.id, fresh.id].sort());
    expect(await t.db.query('SELECT 1 FROM message_attachments WHERE id = $1', [attachment.id])).toEqual([]);
    await expect(store.open(key)).rejects.toThrow();
    const [purge] = await audits('messaging.retention_purge', loose);
    expect(purge).toMatchObject({ actor_user_id: null, details: expect.objectContaining({ messages: 1, files: 1 }) });
    expect(await audits('messaging.retention_purge', held)).toEqual([]);

    // Lifting the hold lets the next purge take the held conversation's old message too.
    expect((await ok<{ liftLegalHold: { legalHold: unknown } }>(LIFT, { id: held }, 'manager')).liftLegalHold.legalHold).toBeNull();
    expect(await refused(LIFT, { id: held }, 'manager')).toMatchObject({ reason: 'LEGAL_HOLD' });
    expect((await purgeExpiredMessages(asSystem(t.app.get(DataSource)), store, t.app.get(AuditService))).messages).toBe(1);
    expect(await t.db.query('SELECT 1 FROM messages WHERE id = $1', [oldHeld.id])).toEqual([]);
  });

  it('purges by the network’s own policy in batches, with one audit summary for the conversation', async () => {
    const id = await channel('bulk');
    await t.db.query(`UPDATE networks SET retention_months = 6 WHERE id = $1`, [heads]);
    // 1,200 messages seven months old, numbered on from the conversation's counter as the services do.
    await t.db.query(
      `WITH conv AS (UPDATE conversations SET last_message_sequence = last_message_sequence + 1200 WHERE id = $1 RETURNING last_message_sequence)
       INSERT INTO messages (conversation_id, sequence, author_id, client_id, body, created_at)
       SELECT $1, conv.last_message_sequence - 1200 + g, $2, gen_random_uuid(), 'old ' || g, now() - interval '7 months' FROM conv, generate_series(1, 1200) g`,
      [id, users.head1],
    );
    const kept = await send(id, 'this month');
    const summary = await purgeExpiredMessages(asSystem(t.app.get(DataSource)), t.app.get(AttachmentStore), t.app.get(AuditService));
    await t.db.query(`UPDATE networks SET retention_months = 24 WHERE id = $1`, [heads]);
    expect(summary.messages).toBe(1200);
    expect((await t.db.query<{ id: string }>('SELECT id FROM messages WHERE conversation_id = $1', [id])).map((r) => r.id)).toEqual([kept.id]);
    const purges = await audits('messaging.retention_purge', id);
    expect(purges).toHaveLength(1);
    expect(purges[0].details).toMatchObject({ messages: 1200 });
  });

  it('exports a conversation as JSON and CSV for an LA manager, deleted, hidden and edited messages included, and audits it', async () => {
    const id = await channel('export');
    const kept = await send(id, '=SUM(A1) at first');
    await ok(EDIT, { input: { messageId: kept.id, body: 'edited, with "quotes", commas' } }, 'head2');
    await ok(REACT, { input: { messageId: kept.id, emoji: '👍' } }, 'head1');
    const deleted = await send(id, 'I regret this');
    await ok(DELETE, { input: { messageId: deleted.id } }, 'head2');
    const hidden = await send(id, 'hide me');
    await ok(HIDE, { input: { messageId: hidden.id, reason: 'Personal data' } }, 'head1');

    const json = (await ok<{ exportConversation: { fileName: string; contentType: string; content: string } }>(EXPORT, { id, format: 'JSON' }, 'manager')).exportConversation;
    expect(json.contentType).toBe('application/json');
    expect(json.fileName).toMatch(/\.json$/);
    const doc = JSON.parse(json.content) as { messages: Array<{ id: string; body: string; deletedAt: string | null; hiddenAt: string | null; hiddenReason: string | null; edits: Array<{ previousBody: string }>; reactions: Array<{ emoji: string; count: number }> }> };
    expect(doc.messages.map((m) => m.id)).toEqual([kept.id, deleted.id, hidden.id]);
    expect(doc.messages[0]).toMatchObject({ body: 'edited, with "quotes", commas', edits: [{ previousBody: '=SUM(A1) at first' }], reactions: [{ emoji: '👍', count: 1 }] });
    expect(doc.messages[1]).toMatchObject({ body: 'I regret this', deletedAt: expect.any(String) });
    expect(doc.messages[2]).toMatchObject({ body: 'hide me', hiddenAt: expect.any(String), hiddenReason: 'Personal data' });

    const csv = (await ok<{ exportConversation: { contentType: string; content: string } }>(EXPORT, { id, format: 'CSV' }, 'manager')).exportConversation;
    expect(csv.contentType).toContain('text/csv');
    const lines = csv.content.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^sequence,message_id,/);
    expect(lines).toHaveLength(5); // header, three messages, one earlier version
    expect(csv.content).toContain('"edited, with ""quotes"", commas"');
    expect(csv.content).toContain("'=SUM(A1)"); // defused for spreadsheets
    expect(csv.content).toContain('I regret this');

    const exports = await audits('messaging.export_conversation', id);
    expect(exports.map((e) => e.details)).toEqual([
      expect.objectContaining({ format: 'JSON', messages: 3, edits: 1, reactions: 1 }),
      expect.objectContaining({ format: 'CSV', messages: 3 }),
    ]);
    expect(await refused(EXPORT, { id, format: 'JSON' }, 'head1')).toMatchObject({ code: 'FORBIDDEN' });
  });

  const upload = async (conversationId: string, body: Buffer, name: string, who: Who = 'head2', type = 'image/png') => {
    const response = await fetch(`${t.url}/conversations/${conversationId}/attachments?fileName=${encodeURIComponent(name)}`, {
      method: 'POST', headers: { authorization: `Bearer ${tokens[who]}`, 'content-type': type }, body,
    });
    return { status: response.status, ...((await response.json()) as { id: string; fileName: string; mediaType: string; byteSize: number }) };
  };
  const download = (attachmentId: string, who: Who) =>
    fetch(`${t.url}/message-attachments/${attachmentId}`, { headers: { authorization: `Bearer ${tokens[who]}` } });

  it('uploads, sends and serves attachments to readers only, refuses a disguised file, and audits downloads', async () => {
    const id = await channel('files');
    const uploaded = await upload(id, PNG, 'photo.png');
    expect(uploaded).toMatchObject({ status: 201, fileName: 'photo.png', mediaType: 'image/png', byteSize: PNG.length });
    // Unsent: its uploader only.
    expect((await download(uploaded.id, 'head2')).status).toBe(200);
    expect((await download(uploaded.id, 'head1')).status).toBe(404);
    const message = await send(id, 'the poster', 'head2', { attachmentIds: [uploaded.id] });
    expect(message.attachments.map((a) => a.id)).toEqual([uploaded.id]);
    const served = await download(uploaded.id, 'head1');
    expect(served.status).toBe(200);
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('content-security-policy')).toContain('sandbox');
    expect(served.headers.get('content-disposition')).toContain('attachment');
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true);
    expect((await download(uploaded.id, 'bradford')).status).toBe(404);
    // Hidden: moderators only.
    await ok(HIDE, { input: { messageId: message.id, reason: 'x' } }, 'head1');
    expect((await download(uploaded.id, 'head2')).status).toBe(404);
    expect((await download(uploaded.id, 'manager')).status).toBe(200);
    // Refused: a program dressed as a picture, a picture dressed as a PDF, a non-member, an HMI.
    expect((await upload(id, Buffer.from('MZ\x90\x00 this is a program'), 'photo.png')).status).toBe(400);
    expect((await upload(id, PNG, 'report.pdf', 'head2', 'application/pdf')).status).toBe(400);
    expect((await upload(id, PNG, 'photo.png', 'dsl1')).status).toBe(404);
    expect((await upload(id, PNG, 'photo.png', 'hmi')).status).toBe(403);
    const reads = await t.db.query<{ outcome: string }>(
      `SELECT outcome::text FROM audit_events WHERE action = 'messaging.read_attachment' AND entity_id = $1`, [uploaded.id],
    );
    expect(reads.filter((r) => r.outcome === 'SUCCESS').length).toBe(3);
    expect(reads.filter((r) => r.outcome === 'DENIED').length).toBe(3);
    expect(await audits('messaging.upload_attachment', uploaded.id)).toHaveLength(1);
  });
});
