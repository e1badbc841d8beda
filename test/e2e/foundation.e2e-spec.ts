import { startTestApp, TestApp } from '../support/test-app';

describe('foundation: sign-in and schools', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lets head1 sign in and list Birmingham schools', async () => {
    const token = await t.login('head1@demo.test');
    const result = await t.gql<{ schools: { edges: Array<{ node: { name: string; urn: number } }> } }>(
      'query { schools(first: 50, filter: { localAuthorityCode: "330" }) { edges { node { name urn localAuthority { code } } } } }',
      {},
      token,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.schools.edges.length).toBeGreaterThanOrEqual(8);
  });

  it('answers a bad token with UNAUTHENTICATED', async () => {
    const result = await t.gql('query { me { id } }', {}, 'not-a-token');
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
