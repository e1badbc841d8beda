import { randomBytes } from 'node:crypto';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { isObjectType } from 'graphql';
import { formatGraphQLError, MAX_PAGE_SIZE } from '@safeguard/platform';
import { startTestApp, TestApp } from '../support/test-app';

type Answer = { status: number; body: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } };

async function raw(t: TestApp, body: unknown, token?: string): Promise<Answer> {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

describe('GraphQL limits', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    // The tightest depth the configuration allows and a low cost, so that small queries show the refusals.
    t = await startTestApp({ GRAPHQL_MAX_DEPTH: '3', GRAPHQL_MAX_COST: '1000' });
    token = await t.login('officer@demo.test');
  });
  afterAll(() => t.close());

  it('refuses a query deeper than GRAPHQL_MAX_DEPTH with BAD_USER_INPUT and QUERY_TOO_DEEP', async () => {
    expect((await t.gql('{ me { id } }', {}, token)).errors).toBeUndefined();
    const deep = await t.gql('{ schools(first: 1) { edges { node { name } } } }', {}, token);
    expect(deep.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_DEEP' });
    expect(deep.errors?.[0].message).toBe('Query depth limit of 3 exceeded, found 4.');
    expect(deep.data ?? null).toBeNull();
  });

  it('refuses more than 15 aliases with TOO_MANY_ALIASES', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    expect((await t.gql(aliases(15), {}, token)).errors).toBeUndefined();
    const many = await t.gql(aliases(16), {}, token);
    expect(many.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_ALIASES' });
  });

  it('refuses a query of more than 2000 tokens with QUERY_TOO_LONG, before parsing it all', async () => {
    const long = await t.gql(`{ me { ${'id '.repeat(2100)} } }`, {}, token);
    expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_LONG' });
  });

  it('refuses a query costing more than GRAPHQL_MAX_COST with QUERY_TOO_COSTLY', async () => {
    const fields = Array.from({ length: 15 }, (_, i) => `s${i}: schools(first: 100) { totalCount }`).join(' ');
    const costly = await t.gql(`{ ${fields} }`, {}, token);
    const reasons = (costly.errors ?? []).map((e) => e.extensions?.reason);
    expect(reasons).toContain('QUERY_TOO_COSTLY');
    expect(costly.errors?.every((e) => e.extensions?.code === 'BAD_USER_INPUT')).toBe(true);
  });

  it('refuses more than 20 directives with TOO_MANY_DIRECTIVES', async () => {
    const directives = ' @include(if: true)'.repeat(21);
    const refused = await t.gql(`{ me${directives} { id } }`, {}, token);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_DIRECTIVES' });
  });

  it(`refuses a page larger than ${MAX_PAGE_SIZE} on connections, naming "first"`, async () => {
    for (const query of [
      `{ schools(first: ${MAX_PAGE_SIZE + 1}) { totalCount } }`,
      `{ children(first: ${MAX_PAGE_SIZE + 1}) { edges { cursor } } }`,
      `{ notifications(first: ${MAX_PAGE_SIZE + 1}) { edges { cursor } } }`,
    ]) {
      const result = await t.gql(query, {}, token);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    }
    expect((await t.gql(`{ schools(first: ${MAX_PAGE_SIZE}) { totalCount } }`, {}, token)).errors).toBeUndefined();
  });

  it('documents a bound on every "first" argument of the schema', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const unbounded: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const first = field.args.find((arg) => arg.name === 'first');
        if (first && !/\(1 to \d+\)/.test(first.description ?? '')) unbounded.push(`${type.name}.${field.name}`);
      }
    }
    expect(unbounded).toEqual([]);
  });

  it('refuses batched HTTP requests (several operations in one POST)', async () => {
    const batched = await raw(t, [{ query: '{ me { id } }' }, { query: '{ me { id } }' }], token);
    expect(batched.status).toBe(400);
    expect(JSON.stringify(batched.body)).toMatch(/batching/i);
  });

  it('suggests field names outside production (the production app below does not)', async () => {
    const typo = await t.gql('{ mee { id } }', {}, token);
    expect(typo.errors?.[0].message).toMatch(/Did you mean/);
  });

  it('masks unexpected errors: a fixed message and code, never the error text or a stack', () => {
    const secret = new Error('connection to 10.0.0.5 failed: password authentication failed for user "app"');
    const formatted = formatGraphQLError({ message: secret.message, extensions: { stacktrace: secret.stack?.split('\n') } }, secret);
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(JSON.stringify(formatted)).not.toMatch(/10\.0\.0\.5|password|stack/);
  });
});

describe('GraphQL in production', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production', FIELD_ENCRYPTION_KEY: randomBytes(32).toString('base64') });
  });
  afterAll(async () => {
    await t.close();
    process.env.NODE_ENV = 'test';
    delete process.env.FIELD_ENCRYPTION_KEY;
  });

  it('gives no field suggestions', async () => {
    const typo = await t.gql('{ mee { id } }');
    expect(typo.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(typo.errors?.[0].message).not.toMatch(/Did you mean|"me"/);
  });

  it('refuses introspection', async () => {
    const introspection = await t.gql('{ __schema { types { name } } }');
    expect(introspection.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(introspection.data ?? null).toBeNull();
  });

  it('serves no GraphiQL page, and its CSP lets no script or style load', async () => {
    const page = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/GraphiQL/);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'none'");
    expect(csp).toContain("style-src 'none'");
    expect(csp).not.toContain('unpkg');
  });
});
