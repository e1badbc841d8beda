import { Readable } from 'node:stream';
import { startTestApp, TestApp } from '../support/test-app';

const MAX_BYTES = 1024;
const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(64, 1)]);

describe('security headers and client addresses', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ ATTACHMENT_MAX_BYTES: String(MAX_BYTES) });
  });
  afterAll(() => t.close());

  it('sends the security headers on GraphQL, REST and health answers, and no x-powered-by', async () => {
    const answers = [
      await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) }),
      await fetch(`${t.url}/health/live`),
      await fetch(`${t.url}/concern-attachments/00000000-0000-4000-8000-000000000000`),
    ];
    for (const answer of answers) {
      const csp = answer.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("form-action 'none'");
      expect(answer.headers.get('x-frame-options')).toBe('DENY');
      expect(answer.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('referrer-policy')).toBe('no-referrer');
      expect(answer.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('lets GraphiQL load its scripts outside production', async () => {
    const page = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain('GraphiQL');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src [^;]*https:\/\/unpkg\.com/);
    expect(csp).toContain("connect-src 'self'");
  });

  it('ignores X-Forwarded-For unless TRUST_PROXY_HOPS says a proxy is in front', async () => {
    const send = async (query: string, variables: Record<string, unknown> = {}) => {
      const response = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.9' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: Record<string, Record<string, string>>; errors?: unknown };
    };
    const first = await send('mutation { login(input: { email: "hmi@demo.test", password: "correct-horse-battery-staple" }) { challengeToken } }');
    const second = await send('mutation($input: VerifySignInCodeInput!) { verifySignInCode(input: $input) { accessToken } }', {
      input: { challengeToken: first.data!.login.challengeToken, code: await t.nextTotpCode('hmi@demo.test') },
    });
    expect(second.errors).toBeUndefined();
    const [session] = await t.db.query<{ ip: string | null }>(
      `SELECT s.ip_address::text AS ip FROM auth_sessions s JOIN users u ON u.id = s.user_id WHERE u.email = 'hmi@demo.test' ORDER BY s.created_at DESC LIMIT 1`,
    );
    expect(session.ip).not.toContain('203.0.113.9');
  });

  describe('upload refusals on every attachment route', () => {
    const routes: Array<{ name: string; who: string; path: (t: TestApp) => Promise<string> }> = [
      {
        name: 'concerns',
        who: 'dsl1@demo.test',
        path: async (app) => {
          const saved = await app.gql<{ saveConcernDraft: { id: string } }>('mutation { saveConcernDraft(input: { categories: [OTHER] }) { id } }', {}, await app.login('dsl1@demo.test'));
          return `/concerns/${saved.data!.saveConcernDraft.id}/attachments`;
        },
      },
      {
        name: 'pressure reports',
        who: 'head1@demo.test',
        path: async (app) => {
          const [report] = await app.db.query<{ id: string }>(
            `SELECT r.id FROM pressure_reports r JOIN users u ON u.id = r.reporter_id WHERE u.email = 'head1@demo.test' ORDER BY r.created_at LIMIT 1`,
          );
          return `/pressure-reports/${report.id}/attachments`;
        },
      },
      {
        name: 'conversations',
        who: 'head1@demo.test',
        path: async (app) => {
          const [conversation] = await app.db.query<{ id: string }>(
            `SELECT c.id FROM conversations c JOIN networks n ON n.id = c.network_id WHERE n.name = 'East Birmingham heads' AND c.name = 'general'`,
          );
          return `/conversations/${conversation.id}/attachments`;
        },
      },
      {
        name: 'practice entries',
        who: 'head1@demo.test',
        path: async (app) => {
          const [entry] = await app.db.query<{ id: string }>(
            `SELECT e.id FROM practice_entries e JOIN users u ON u.id = e.author_id WHERE u.email = 'head1@demo.test' AND e.withdrawn_at IS NULL ORDER BY e.created_at LIMIT 1`,
          );
          return `/practice-entries/${entry.id}/attachments`;
        },
      },
    ];

    for (const route of routes) {
      it(`${route.name}: 413 over the size limit (declared or streamed), 400 when the bytes are not the declared type`, async () => {
        const token = await t.login(route.who);
        const base = `${t.url}${await route.path(t)}`;
        const send = (fileName: string, type: string, body: Buffer | Readable) =>
          fetch(`${base}?fileName=${encodeURIComponent(fileName)}`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': type },
            body: body instanceof Readable ? (Readable.toWeb(body) as ReadableStream) : body,
            ...(body instanceof Readable ? { duplex: 'half' } : {}),
          } as RequestInit);

        const big = Buffer.concat([PNG, Buffer.alloc(MAX_BYTES)]);
        const declared = await send('big.png', 'image/png', big);
        expect(declared.status).toBe(413);
        expect(await declared.json()).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ATTACHMENT_REFUSED', message: 'The file is larger than 1 KB' });

        // No Content-Length: the store counts the bytes as they arrive and stops at the limit.
        const streamed = await send('big.png', 'image/png', Readable.from([PNG, Buffer.alloc(MAX_BYTES)]));
        expect(streamed.status).toBe(413);
        expect(await streamed.json()).toMatchObject({ code: 'BAD_USER_INPUT', message: 'The file is larger than 1 KB' });

        // A picture declared (and named) a PDF, and a picture named right but declared otherwise.
        for (const [fileName, type] of [['scan.pdf', 'application/pdf'], ['photo.png', 'application/pdf'], ['photo.png', 'image/gif']]) {
          const disguised = await send(fileName, type, PNG);
          expect(disguised.status).toBe(400);
          expect(await disguised.json()).toMatchObject({ code: 'BAD_USER_INPUT', message: 'The file’s content is not what its name or type says' });
        }
        // Text is no accepted type at all.
        const text = await send('notes.png', 'image/png', Buffer.from('just some words, not a picture'));
        expect(text.status).toBe(400);

        const good = await send('photo.png', 'image/png', PNG);
        expect(good.status).toBe(201);
      });
    }
  });
});
