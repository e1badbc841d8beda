import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD } from '@safeguard/demo';
import { startTestApp, TestApp } from '../support/test-app';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { challengeToken } }';
const VERIFY = 'mutation($input: VerifySignInCodeInput!) { verifySignInCode(input: $input) { accessToken } }';

type Result = {
  status: number;
  retryAfter: string | null;
  data?: Record<string, { accessToken?: string; challengeToken?: string } | number | null> | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string; reason?: string; retryAfterSeconds?: number } }>;
};

/** A GraphQL call from a given client address (the app trusts one proxy hop in this file). */
async function post(t: TestApp, address: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Result> {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': address,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), ...((await response.json()) as object) };
}

const login = (t: TestApp, address: string, email: string, password = DEMO_PASSWORD) => post(t, address, LOGIN, { input: { email, password } });
/** Both steps from one address: the password, then a code of the demo authenticator. */
async function signIn(t: TestApp, address: string, email: string): Promise<string> {
  const first = await login(t, address, email);
  const challengeToken = (first.data!.login as { challengeToken: string }).challengeToken;
  const second = await post(t, address, VERIFY, { input: { challengeToken, code: await t.nextTotpCode(email) } });
  return (second.data!.verifySignInCode as { accessToken: string }).accessToken;
}
const codeOf = (result: Result) => result.errors?.[0]?.extensions?.code;

/** Tight limits: 3 sign-ins per account, 5 per address, 6 changes per account, a minute each. */
const TIGHT = {
  TRUST_PROXY_HOPS: '1',
  RATE_LIMIT_SIGN_IN_PER_ACCOUNT: '3',
  RATE_LIMIT_SIGN_IN_PER_ADDRESS: '5',
  RATE_LIMIT_SIGN_IN_WINDOW_SECONDS: '60',
  RATE_LIMIT_MUTATIONS_PER_ACCOUNT: '6',
  RATE_LIMIT_MUTATIONS_WINDOW_SECONDS: '60',
};

describe('rate limits (in memory)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ ...TIGHT, REDIS_URL: '', RATE_LIMIT_KEY_PREFIX: `rate-test:${randomUUID()}:` });
  });
  afterAll(() => t.close());

  it('refuses the fourth sign-in to one account within the window, from whatever address, with a retry-after', async () => {
    for (const n of [1, 2, 3]) {
      const ok = await login(t, `10.1.0.${n}`, 'head1@demo.test');
      expect(ok.errors).toBeUndefined();
    }
    // With TRUST_PROXY_HOPS=1 the address is the proxy's X-Forwarded-For, as the sign-in challenge records it.
    const [session] = await t.db.query<{ ip: string }>(
      `SELECT c.ip_address::text AS ip FROM sign_in_challenges c JOIN users u ON u.id = c.user_id WHERE u.email = 'head1@demo.test' ORDER BY c.created_at DESC LIMIT 1`,
    );
    expect(session.ip).toContain('10.1.0.3');
    const refused = await login(t, '10.1.0.4', 'HEAD1@demo.test');
    expect(codeOf(refused)).toBe('TOO_MANY_REQUESTS');
    expect(refused.errors![0].extensions!.reason).toBe('SIGN_IN_RATE_LIMITED');
    const retryAfter = refused.errors![0].extensions!.retryAfterSeconds!;
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.retryAfter).toBe(String(retryAfter));
    expect(refused.data?.login ?? null).toBeNull();
    // Another account from the same address is not affected.
    expect((await login(t, '10.1.0.4', 'dsl1@demo.test')).errors).toBeUndefined();
  });

  it('refuses the sixth sign-in from one address whatever the accounts, and not another address', async () => {
    const accounts = ['dsl2@demo.test', 'officer@demo.test', 'manager@demo.test', 'hmi@demo.test', 'hmci@demo.test'];
    for (const email of accounts) expect((await login(t, '10.2.0.1', email)).errors).toBeUndefined();
    // A wrong password counts as an attempt too, and is refused before the password is checked.
    const refused = await login(t, '10.2.0.1', 'admin@demo.test', 'not-the-password');
    expect(codeOf(refused)).toBe('TOO_MANY_REQUESTS');
    expect(refused.errors![0].extensions!.reason).toBe('SIGN_IN_RATE_LIMITED');
    expect((await login(t, '10.2.0.2', 'admin@demo.test')).errors).toBeUndefined();
  });

  it('counts each aliased login in one request as one attempt', async () => {
    const input = `input: { email: "clerk2@demo.test", password: "${DEMO_PASSWORD}" }`;
    const aliased = await post(
      t,
      '10.3.0.1',
      `mutation { a: login(${input}) { challengeToken } b: login(${input}) { challengeToken } c: login(${input}) { challengeToken } d: login(${input}) { challengeToken } }`,
    );
    // login is non-null, so d's refusal nulls the whole answer: a, b and c ran, d was refused.
    expect(aliased.data ?? null).toBeNull();
    expect(aliased.errors).toHaveLength(1);
    expect(aliased.errors![0].path).toEqual(['d']);
    expect(codeOf(aliased)).toBe('TOO_MANY_REQUESTS');
    // And the account stays limited for the next request.
    expect(codeOf(await login(t, '10.3.0.2', 'clerk2@demo.test'))).toBe('TOO_MANY_REQUESTS');
  });

  it('gives each signed-in account a budget of changes, whatever its address, and leaves reads alone', async () => {
    const token = await signIn(t, '10.4.0.1', 'officer.bradford@demo.test');
    const MARK = 'mutation { markNotificationsRead(input: { all: true }) }';
    for (const n of [1, 2, 3, 4, 5, 6]) {
      const ok = await post(t, `10.4.1.${n}`, MARK, {}, token);
      expect(ok.errors).toBeUndefined();
    }
    const refused = await post(t, '10.4.1.7', MARK, {}, token);
    expect(codeOf(refused)).toBe('TOO_MANY_REQUESTS');
    expect(refused.errors![0].extensions!.reason).toBe('MUTATION_RATE_LIMITED');
    expect(refused.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
    // Reads are not counted, and another account still has its budget.
    expect((await post(t, '10.4.1.7', '{ me { id } }', {}, token)).errors).toBeUndefined();
    const other = await t.login('head3@demo.test');
    expect((await post(t, '10.4.1.7', MARK, {}, other)).errors).toBeUndefined();
  });

  it('answers a REST write over its budget with 429 and Retry-After', async () => {
    // manager@ signed in once before (test 2); this is the second of three.
    const token = await signIn(t, '10.5.0.1', 'manager@demo.test');
    let last: Response | undefined;
    for (let n = 0; n < 7; n++) {
      last = await fetch(`${t.url}/concerns/${randomUUID()}/attachments?fileName=a.pdf`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/pdf', 'x-forwarded-for': '10.5.0.2' },
        body: '%PDF-1.4\n',
      });
    }
    expect(last!.status).toBe(429);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await last!.json()).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'MUTATION_RATE_LIMITED' });
  });
});

describe('rate limits shared by two api instances through Redis', () => {
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    const shared = { ...TIGHT, REDIS_URL, RATE_LIMIT_KEY_PREFIX: `rate-test:${randomUUID()}:` };
    a = await startTestApp(shared);
    b = await startTestApp(shared, a.db);
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('counts sign-ins to one account across both instances', async () => {
    expect((await login(a, '10.6.0.1', 'head2@demo.test')).errors).toBeUndefined();
    expect((await login(b, '10.6.0.2', 'head2@demo.test')).errors).toBeUndefined();
    expect((await login(a, '10.6.0.3', 'head2@demo.test')).errors).toBeUndefined();
    const refused = await login(b, '10.6.0.4', 'head2@demo.test');
    expect(codeOf(refused)).toBe('TOO_MANY_REQUESTS');
    expect(refused.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
    expect(codeOf(await login(a, '10.6.0.5', 'head2@demo.test'))).toBe('TOO_MANY_REQUESTS');
  });

  it('counts aliased attempts one by one across instances', async () => {
    const input = `input: { email: "dsl1@demo.test", password: "${DEMO_PASSWORD}" }`;
    const two = await post(a, '10.7.0.1', `mutation { a: login(${input}) { challengeToken } b: login(${input}) { challengeToken } }`);
    expect(two.errors).toBeUndefined();
    expect((await login(b, '10.7.0.2', 'dsl1@demo.test')).errors).toBeUndefined();
    expect(codeOf(await login(b, '10.7.0.3', 'dsl1@demo.test'))).toBe('TOO_MANY_REQUESTS');
  });
});
