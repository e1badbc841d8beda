import { EntityManager } from 'typeorm';

/**
 * Conversations in Birmingham's demo networks: in each network a public and a private channel, a
 * direct conversation between the two heads, a thread and a reaction, and messages head1 and
 * head2 have not read yet. Written with the same counters the services keep: each message and
 * event takes the conversation's next sequence, and each message has its MESSAGE_POSTED event.
 */
interface DemoConversation {
  key: string;
  network?: string;
  name?: string;
  topic?: string;
  visibility?: 'PUBLIC' | 'PRIVATE';
  /** For a direct conversation: its people. */
  direct?: boolean;
  createdBy: string;
  members: string[];
}

const CONVERSATIONS: DemoConversation[] = [
  { key: 'heads-general', network: 'East Birmingham heads', name: 'general', topic: 'Anything heads want to share', visibility: 'PUBLIC', createdBy: 'head1@demo.test', members: ['head1@demo.test', 'head2@demo.test', 'manager@demo.test'] },
  { key: 'heads-wellbeing', network: 'East Birmingham heads', name: 'leadership-wellbeing', topic: 'Looking after ourselves', visibility: 'PRIVATE', createdBy: 'head1@demo.test', members: ['head1@demo.test', 'head2@demo.test'] },
  { key: 'dsl-questions', network: 'Birmingham DSL forum', name: 'questions', topic: 'Ask the forum', visibility: 'PUBLIC', createdBy: 'officer@demo.test', members: ['officer@demo.test', 'dsl1@demo.test', 'dsl2@demo.test'] },
  { key: 'dsl-supervision', network: 'Birmingham DSL forum', name: 'supervision', topic: 'Arranging DSL supervision', visibility: 'PRIVATE', createdBy: 'officer@demo.test', members: ['officer@demo.test', 'dsl1@demo.test'] },
  { key: 'heads-direct', direct: true, createdBy: 'head1@demo.test', members: ['head1@demo.test', 'head2@demo.test'] },
];

interface DemoMessage {
  in: string;
  by: string;
  body: string;
  /** Index (in this list) of the thread's first message, for a reply. */
  replyTo?: number;
  reactions?: Array<{ by: string; emoji: string }>;
}

const MESSAGES: DemoMessage[] = [
  { in: 'heads-general', by: 'head1@demo.test', body: 'Welcome, everyone. This is the place for **anything** you would like a second opinion on.' },
  { in: 'heads-general', by: 'manager@demo.test', body: 'Thanks Helen. The council’s updated Prevent guidance is in the practice library.', reactions: [{ by: 'head1@demo.test', emoji: '👍' }] },
  { in: 'heads-general', by: 'head2@demo.test', body: 'Has anyone had parents asking about the new RSE units? I would value how you explained them.' },
  { in: 'heads-general', by: 'head1@demo.test', body: 'Yes — we held a parents’ evening with the scheme open. Happy to share the slides.', replyTo: 2 },
  { in: 'heads-general', by: 'head2@demo.test', body: 'That would be really helpful, thank you.', replyTo: 2 },
  { in: 'heads-wellbeing', by: 'head2@demo.test', body: 'Tough week. Grateful for this group.' },
  { in: 'heads-wellbeing', by: 'head1@demo.test', body: 'Coffee on Friday? My treat.' },
  { in: 'dsl-questions', by: 'dsl1@demo.test', body: 'When a child moves abroad mid-term, who tells the council, the school or the parents?' },
  { in: 'dsl-questions', by: 'officer@demo.test', body: 'The school: record it in the children missing education register the same day.', replyTo: 7, reactions: [{ by: 'dsl1@demo.test', emoji: '🙏' }] },
  { in: 'dsl-supervision', by: 'officer@demo.test', body: 'Supervision slots for next half term are open; pick one that suits.' },
  { in: 'heads-direct', by: 'head1@demo.test', body: 'Could we talk about the joint training day before the network meets?' },
  { in: 'heads-direct', by: 'head2@demo.test', body: 'Of course. Thursday after school?' },
  { in: 'heads-direct', by: 'head1@demo.test', body: 'Thursday works. I will bring the draft agenda.' },
];

/** How far each reads, where they are behind: head1 has not read the last two in general; head2 has not read the last direct message. */
const BEHIND: Array<{ in: string; email: string; readUpTo: number }> = [
  { in: 'heads-general', email: 'head1@demo.test', readUpTo: 3 },
  { in: 'heads-direct', email: 'head2@demo.test', readUpTo: 2 },
  { in: 'heads-wellbeing', email: 'head1@demo.test', readUpTo: 1 },
];

/** Seeds the demo conversations in the seeding transaction (after the networks). Returns the messages made. */
export async function seedMessagingDemo(manager: EntityManager): Promise<number> {
  const emails = [...new Set(CONVERSATIONS.flatMap((c) => [c.createdBy, ...c.members]))];
  const users: Array<{ id: string; email: string }> = await manager.query('SELECT id, email FROM users WHERE email = ANY($1::text[])', [emails]);
  const idOf = (email: string) => {
    const user = users.find((u) => u.email === email);
    if (!user) throw new Error(`Demo messaging: no account ${email}`);
    return user.id;
  };
  const [{ id: birmingham }] = await manager.query(`SELECT id FROM local_authorities WHERE code = '330'`);
  const event = (conversationId: string, type: string, actorId: string, messageId: string | null, payload: Record<string, unknown>) =>
    manager.query(
      `WITH conv AS (UPDATE conversations SET last_event_sequence = last_event_sequence + 1 WHERE id = $1 RETURNING last_event_sequence)
       INSERT INTO conversation_events (conversation_id, sequence, type, message_id, actor_id, payload)
       SELECT $1, conv.last_event_sequence, $2::conversation_event_type, $3, $4, $5::jsonb FROM conv`,
      [conversationId, type, messageId, actorId, JSON.stringify(payload)],
    );

  const conversations = new Map<string, string>();
  for (const demo of CONVERSATIONS) {
    const members = demo.members.map(idOf);
    const [row]: Array<{ id: string }> = await manager.query(
      `INSERT INTO conversations (kind, network_id, local_authority_id, name, topic, visibility, direct_key, created_by_id)
       VALUES ($1::conversation_kind, (SELECT id FROM networks WHERE name = $2), $3, $4, $5, $6::channel_visibility, $7, $8) RETURNING id`,
      [demo.direct ? 'DIRECT' : 'CHANNEL', demo.network ?? null, birmingham, demo.name ?? null, demo.topic ?? null, demo.visibility ?? null,
        demo.direct ? [...members].sort().join(',') : null, idOf(demo.createdBy)],
    );
    conversations.set(demo.key, row.id);
    for (const userId of members) {
      await manager.query(`INSERT INTO conversation_members (conversation_id, user_id, status, read_up_to) VALUES ($1, $2, 'ACTIVE', 0)`, [row.id, userId]);
      await event(row.id, 'MEMBER_JOINED', idOf(demo.createdBy), null, { userId });
    }
  }

  const messageIds: string[] = [];
  for (const demo of MESSAGES) {
    const conversationId = conversations.get(demo.in)!;
    const authorId = idOf(demo.by);
    const [row]: Array<{ id: string }> = await manager.query(
      `WITH conv AS (
         UPDATE conversations SET last_message_sequence = last_message_sequence + 1, last_event_sequence = last_event_sequence + 1, last_message_at = now()
          WHERE id = $1 RETURNING id, last_message_sequence, last_event_sequence
       ), msg AS (
         INSERT INTO messages (conversation_id, sequence, author_id, client_id, body, parent_id)
         SELECT conv.id, conv.last_message_sequence, $2, gen_random_uuid(), $3, $4 FROM conv RETURNING id, parent_id
       ), ev AS (
         INSERT INTO conversation_events (conversation_id, sequence, type, message_id, actor_id)
         SELECT conv.id, conv.last_event_sequence, 'MESSAGE_POSTED', msg.id, $2 FROM conv, msg
       ), thread AS (
         UPDATE messages p SET reply_count = p.reply_count + 1 FROM msg WHERE p.id = msg.parent_id
       )
       SELECT id FROM msg`,
      [conversationId, authorId, demo.body, demo.replyTo === undefined ? null : messageIds[demo.replyTo]],
    );
    messageIds.push(row.id);
    for (const reaction of demo.reactions ?? []) {
      const userId = idOf(reaction.by);
      await manager.query(`INSERT INTO message_reactions (message_id, user_id, emoji) VALUES ($1, $2, $3)`, [row.id, userId, reaction.emoji]);
      await event(conversationId, 'REACTION_ADDED', userId, row.id, { userId, emoji: reaction.emoji });
    }
  }

  // Everyone has read everything, except where BEHIND says otherwise.
  await manager.query(
    `UPDATE conversation_members cm SET read_up_to = c.last_message_sequence FROM conversations c WHERE c.id = cm.conversation_id AND c.id = ANY($1::uuid[])`,
    [[...conversations.values()]],
  );
  for (const behind of BEHIND) {
    await manager.query(`UPDATE conversation_members SET read_up_to = $3 WHERE conversation_id = $1 AND user_id = $2`, [
      conversations.get(behind.in), idOf(behind.email), behind.readUpTo,
    ]);
  }
  return messageIds.length;
}
