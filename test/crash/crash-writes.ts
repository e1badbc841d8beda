import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

export interface Session {
  url: string;
  tokens: Record<'head' | 'dsl' | 'officer', string>;
  conversationId: string;
}

/** One kind of write the harness sends: each carries a unique marker so that it can be found again. */
export interface CrashWrite {
  capability: string;
  /** Resolves true only when the api acknowledged the write (its transaction committed). */
  send(session: Session, marker: string): Promise<boolean>;
  /** How many records carry this marker. */
  count(db: Client, markers: string[]): Promise<Map<string, number>>;
  /** Records of this kind written by the harness that lack a row their transaction writes with them. */
  partial(db: Client, session: Session): Promise<number>;
}

async function gql(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<{ data?: Record<string, unknown> | null; errors?: unknown[] }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, unknown> | null; errors?: unknown[] };
}

const acknowledged = (result: { data?: Record<string, unknown> | null; errors?: unknown[] }, field: string) =>
  !result.errors && Boolean(result.data?.[field]);

async function countBy(db: Client, sql: string, markers: string[]): Promise<Map<string, number>> {
  const { rows } = await db.query<{ marker: string; n: number }>(sql, [markers]);
  return new Map(rows.map((r) => [r.marker, r.n]));
}

const child = (marker: string, legalFirstName: string) => ({ legalFirstName, legalLastName: marker, dateOfBirth: '2013-05-05', sex: 'FEMALE', postcode: 'B8 2AA' });

export const CRASH_WRITES: CrashWrite[] = [
  {
    capability: 'messaging.sendMessage',
    async send(session, marker) {
      const result = await gql(session.url, session.tokens.head, 'mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { id } } }', {
        input: { conversationId: session.conversationId, clientId: marker, body: `crash ${marker}` },
      });
      return acknowledged(result, 'sendMessage');
    },
    count: (db, markers) => countBy(db, 'SELECT client_id::text AS marker, count(*)::int AS n FROM messages WHERE client_id::text = ANY($1) GROUP BY 1', markers),
    // A message is posted with its event in the conversation's log, in one transaction.
    async partial(db, session) {
      const { rows } = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM messages m WHERE m.conversation_id = $1
            AND NOT EXISTS (SELECT 1 FROM conversation_events e WHERE e.message_id = m.id AND e.type = 'MESSAGE_POSTED')`,
        [session.conversationId],
      );
      return rows[0].n;
    },
  },
  {
    capability: 'concerns.saveConcernDraft',
    async send(session, marker) {
      const result = await gql(session.url, session.tokens.dsl, 'mutation($input: SaveConcernDraftInput!) { saveConcernDraft(input: $input) { id } }', {
        input: { categories: ['NEGLECT'], account: `crash ${marker}: arrived hungry again.`, child: child(marker, 'Crashconcern') },
      });
      return acknowledged(result, 'saveConcernDraft');
    },
    count: (db, markers) =>
      // The account is encrypted at rest; the draft's child (plain jsonb until submission) carries the marker.
      countBy(db, "SELECT draft_child->>'legalLastName' AS marker, count(*)::int AS n FROM concerns WHERE draft_child->>'legalLastName' = ANY($1) GROUP BY 1", markers),
    // Every concern the harness wrote has its audit row.
    async partial(db) {
      const { rows } = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM concerns c WHERE c.draft_child->>'legalFirstName' = 'Crashconcern'
            AND NOT EXISTS (SELECT 1 FROM audit_events a WHERE a.entity_id = c.id::text AND a.action = 'concerns.create_draft')`,
      );
      return rows[0].n;
    },
  },
  {
    capability: 'register.openRegisterEntry',
    async send(session, marker) {
      const result = await gql(session.url, session.tokens.officer, 'mutation($input: OpenRegisterEntryInput!) { openRegisterEntry(input: $input) { id } }', {
        input: { kind: 'CME', reason: 'IDENTIFIED_BY_COUNCIL', child: child(marker, 'Crash') },
      });
      return acknowledged(result, 'openRegisterEntry');
    },
    count: (db, markers) =>
      countBy(db, 'SELECT c.legal_last_name AS marker, count(*)::int AS n FROM register_entries e JOIN children c ON c.id = e.child_id WHERE c.legal_last_name = ANY($1) GROUP BY 1', markers),
    // An entry comes with its child, its chronology event and its audit row; a child comes with an entry.
    async partial(db) {
      const { rows } = await db.query<{ n: number }>(
        `SELECT (SELECT count(*) FROM register_entries e JOIN children c ON c.id = e.child_id
                  WHERE c.legal_first_name = 'Crash'
                    AND (NOT EXISTS (SELECT 1 FROM audit_events a WHERE a.entity_id = e.id::text AND a.action = 'register.open_entry')
                      OR NOT EXISTS (SELECT 1 FROM register_events r WHERE r.entry_id = e.id)))
              + (SELECT count(*) FROM children c WHERE c.legal_first_name = 'Crash' AND c.legal_last_name ~ '^[0-9a-f-]{36}$'
                  AND NOT EXISTS (SELECT 1 FROM register_entries e WHERE e.child_id = c.id)) AS n`,
      );
      return Number(rows[0].n);
    },
  },
];

export const newMarker = (): string => randomUUID();
