import { GraphQLSchemaHost } from '@nestjs/graphql';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Role × operation → allowed or refused, each cell a real request. Every GraphQL operation
 * must have a row: a new operation without one fails this file.
 */
type Role = 'anonymous' | 'admin' | 'head1' | 'dsl1' | 'officer' | 'manager' | 'officerBradford' | 'hmi';
type Expectation = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT';

const ACCOUNTS: Record<Exclude<Role, 'anonymous'>, string> = {
  admin: 'admin@demo.test',
  head1: 'head1@demo.test',
  dsl1: 'dsl1@demo.test',
  officer: 'officer@demo.test',
  manager: 'manager@demo.test',
  officerBradford: 'officer.bradford@demo.test',
  hmi: 'hmi@demo.test',
};

interface Row {
  operation: string;
  /** Builds the request; ids come from the demo data. */
  request: (ids: DemoIds) => { query: string; variables?: Record<string, unknown> };
  expect: Record<Role, Expectation>;
}

interface DemoIds {
  birminghamSchool: string;
  officerMembership: string;
  bradfordOfficerMembership: string;
}

const everyoneSignedIn = (anonymous: Expectation = 'UNAUTHENTICATED'): Record<Role, Expectation> => ({
  anonymous, admin: 'ok', head1: 'ok', dsl1: 'ok', officer: 'ok', manager: 'ok', officerBradford: 'ok', hmi: 'ok',
});

const only = (allowed: Role[]): Record<Role, Expectation> =>
  Object.fromEntries(
    (Object.keys(everyoneSignedIn()) as Role[]).map((role) => [
      role,
      role === 'anonymous' ? 'UNAUTHENTICATED' : allowed.includes(role) ? 'ok' : 'FORBIDDEN',
    ]),
  ) as Record<Role, Expectation>;

const MATRIX: Row[] = [
  { operation: 'me', request: () => ({ query: '{ me { id } }' }), expect: everyoneSignedIn() },
  { operation: 'schools', request: () => ({ query: '{ schools(first: 2) { edges { node { id } } } }' }), expect: everyoneSignedIn() },
  { operation: 'school', request: () => ({ query: '{ school(urn: 990001) { id } }' }), expect: everyoneSignedIn() },
  { operation: 'localAuthorities', request: () => ({ query: '{ localAuthorities { code } }' }), expect: everyoneSignedIn() },
  { operation: 'users', request: () => ({ query: '{ users(first: 5) { edges { node { id } } } }' }), expect: only(['admin', 'manager']) },
  {
    operation: 'auditEvents',
    request: () => ({ query: '{ auditEvents(first: 5) { edges { node { id } } } }' }),
    expect: only(['admin', 'manager', 'hmi']),
  },
  { operation: 'notifications', request: () => ({ query: '{ notifications(first: 5) { edges { node { id } } } }' }), expect: everyoneSignedIn() },
  { operation: 'unreadNotificationCount', request: () => ({ query: '{ unreadNotificationCount }' }), expect: everyoneSignedIn() },
  {
    operation: 'markNotificationsRead',
    request: () => ({ query: 'mutation { markNotificationsRead(input: { all: true }) }' }),
    expect: everyoneSignedIn(),
  },
  {
    operation: 'inviteUser',
    request: ({ birminghamSchool }) => ({
      query: 'mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }',
      variables: { input: { email: `m${Math.random().toString(36).slice(2)}@demo.test`, displayName: 'M', role: 'DSL', schoolId: birminghamSchool } },
    }),
    // Bradford's officer and everyone else without the permission are refused; the Birmingham manager may.
    expect: only(['admin', 'manager']),
  },
  {
    operation: 'endMembership',
    request: ({ officerMembership }) => ({
      query: 'mutation($id: ID!) { endMembership(membershipId: $id) { id } }',
      variables: { id: officerMembership },
    }),
    expect: only(['admin', 'manager']),
  },
  // Sign-in operations are public by design; their rules are tested in auth.e2e-spec.ts.
  {
    operation: 'login',
    request: () => ({ query: 'mutation { login(input: { email: "hmi@demo.test", password: "correct-horse-battery-staple" }) { accessToken } }' }),
    expect: everyoneSignedIn('ok'),
  },
  {
    operation: 'logout',
    request: () => ({ query: 'mutation { logout }' }),
    expect: everyoneSignedIn(),
  },
  {
    operation: 'refreshSession',
    request: () => ({ query: 'mutation { refreshSession(input: { refreshToken: "not-a-real-refresh-token" }) { accessToken } }' }),
    expect: { ...everyoneSignedIn('UNAUTHENTICATED'), admin: 'UNAUTHENTICATED', head1: 'UNAUTHENTICATED', dsl1: 'UNAUTHENTICATED', officer: 'UNAUTHENTICATED', manager: 'UNAUTHENTICATED', officerBradford: 'UNAUTHENTICATED', hmi: 'UNAUTHENTICATED' },
  },
  {
    operation: 'acceptInvitation',
    request: () => ({ query: 'mutation { acceptInvitation(input: { token: "not-a-real-invitation", password: "long enough password" }) { accessToken } }' }),
    // Anyone may try; a wrong token is bad input whoever sends it.
    expect: Object.fromEntries(Object.keys(everyoneSignedIn()).map((r) => [r, 'BAD_USER_INPUT'])) as unknown as Record<Role, Expectation>,
  },
];

describe('permission matrix', () => {
  let t: TestApp;
  let ids: DemoIds;
  const tokens: Partial<Record<Role, string>> = {};

  beforeAll(async () => {
    t = await startTestApp();
    const [school] = await t.db.query<{ id: string }>('SELECT id FROM schools WHERE urn = 990009');
    const membershipOf = async (email: string) =>
      (await t.db.query<{ id: string }>(`SELECT m.id FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = $1`, [email]))[0].id;
    ids = {
      birminghamSchool: school.id,
      officerMembership: await membershipOf('officer@demo.test'),
      bradfordOfficerMembership: await membershipOf('officer.bradford@demo.test'),
    };
  });
  afterAll(() => t.close());

  // A fresh token per cell: logout and endMembership cells must not spoil the next ones.
  const tokenFor = async (role: Role) => (role === 'anonymous' ? undefined : (tokens[role] = await t.login(ACCOUNTS[role])));

  it('has a row for every operation in the schema', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const operations = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
    ].sort();
    expect(MATRIX.map((row) => row.operation).sort()).toEqual(operations);
  });

  it('refuses a Birmingham manager ending a Bradford membership or inviting into a Bradford school', async () => {
    const manager = await t.login('manager@demo.test');
    const end = await t.gql('mutation($id: ID!) { endMembership(membershipId: $id) { id } }', { id: ids.bradfordOfficerMembership }, manager);
    expect(end.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const [bradfordSchool] = await t.db.query<{ id: string }>('SELECT id FROM schools WHERE urn = 990102');
    const invite = await t.gql(
      'mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }',
      { input: { email: 'bradford.dsl@demo.test', displayName: 'B', role: 'DSL', schoolId: bradfordSchool.id } },
      manager,
    );
    expect(invite.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  for (const row of MATRIX) {
    for (const role of Object.keys(row.expect) as Role[]) {
      const expected = row.expect[role];
      it(`${row.operation} as ${role} → ${expected}`, async () => {
        const { query, variables } = row.request(ids);
        const result = await t.gql(query, variables, await tokenFor(role));
        if (expected === 'ok') {
          expect(result.errors).toBeUndefined();
        } else {
          expect(result.errors?.[0].extensions?.code).toBe(expected);
        }
      });
    }
  }
});
