import { startTestApp, TestApp } from '../../../test/support/test-app';

const INVITE = 'mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }';
const PENDING = '{ invitations(first: 50) { edges { node { id email expired school { name } localAuthority { name } } } } }';
type Pending = { invitations: { edges: Array<{ node: { id: string; email: string; expired: boolean; school: { name: string } | null } }> } };

/** Pending invitations: listed within the manager's authority, sent again with a new link, withdrawn once. */
describe('pending invitations', () => {
  let t: TestApp;
  let admin: string;
  let manager: string;
  let birminghamInvite: string;
  let bradfordInvite: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin@demo.test');
    manager = await t.login('manager@demo.test');
    const [alder] = await t.db.query<{ id: string }>('SELECT id FROM schools WHERE urn = 990001');
    const invite = async (input: Record<string, unknown>) => {
      const answer = await t.gql<{ inviteUser: { id: string } }>(INVITE, { input }, admin);
      expect(answer.errors).toBeUndefined();
      return answer.data!.inviteUser.id;
    };
    birminghamInvite = await invite({ email: 'pending.dsl@demo.test', displayName: 'Pending DSL', role: 'DSL', schoolId: alder.id });
    bradfordInvite = await invite({ email: 'pending.officer@demo.test', displayName: 'Pending Officer', role: 'LA_OFFICER', localAuthorityCode: '380' });
  });
  afterAll(() => t.close());

  it('lists every pending invitation for ADMIN and only the authority’s for an LA manager, with expiry', async () => {
    await t.db.query(`UPDATE invitations SET expires_at = now() - interval '1 hour' WHERE id = $1`, [bradfordInvite]);
    const all = await t.gql<Pending>(PENDING, {}, admin);
    const byEmail = new Map(all.data!.invitations.edges.map((e) => [e.node.email, e.node]));
    expect(byEmail.get('pending.dsl@demo.test')).toMatchObject({ expired: false, school: { name: 'Alder Road Primary School' } });
    expect(byEmail.get('pending.officer@demo.test')).toMatchObject({ expired: true, school: null });
    const mine = await t.gql<Pending>(PENDING, {}, manager);
    expect(mine.data!.invitations.edges.map((e) => e.node.email)).toContain('pending.dsl@demo.test');
    expect(mine.data!.invitations.edges.map((e) => e.node.email)).not.toContain('pending.officer@demo.test');
  });

  it('sends an expired invitation again with a new link and expiry, and audits it; a Birmingham manager cannot for Bradford', async () => {
    const [before] = await t.db.query<{ token_hash: string }>('SELECT token_hash FROM invitations WHERE id = $1', [bradfordInvite]);
    const refused = await t.gql('mutation($id: ID!) { resendInvitation(invitationId: $id) { id } }', { id: bradfordInvite }, manager);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const sent = await t.gql<{ resendInvitation: { expired: boolean } }>('mutation($id: ID!) { resendInvitation(invitationId: $id) { id expired } }', { id: bradfordInvite }, admin);
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.resendInvitation.expired).toBe(false);
    const [after] = await t.db.query<{ token_hash: string }>('SELECT token_hash FROM invitations WHERE id = $1', [bradfordInvite]);
    expect(after.token_hash).not.toBe(before.token_hash);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'accounts.resend_invitation' AND entity_id = $1`, [bradfordInvite])).toEqual([{ n: 1 }]);
  });

  it('lets the manager withdraw their authority’s invitation once; it leaves the list', async () => {
    const withdraw = (token: string) => t.gql('mutation($id: ID!) { withdrawInvitation(invitationId: $id) { id revokedAt } }', { id: birminghamInvite }, token);
    expect((await withdraw(manager)).errors).toBeUndefined();
    expect((await withdraw(admin)).errors?.[0].extensions?.code).toBe('CONFLICT');
    const all = await t.gql<Pending>(PENDING, {}, admin);
    expect(all.data!.invitations.edges.map((e) => e.node.email)).not.toContain('pending.dsl@demo.test');
  });

  it('shows a manager the history of their authority’s accounts, ended memberships included, and hides others as NOT_FOUND', async () => {
    const [officer] = await t.db.query<{ id: string }>(`SELECT id FROM users WHERE email = 'officer@demo.test'`);
    const [bradford] = await t.db.query<{ id: string }>(`SELECT id FROM users WHERE email = 'officer.bradford@demo.test'`);
    const [membership] = await t.db.query<{ id: string }>('SELECT id FROM memberships WHERE user_id = $1', [officer.id]);
    expect((await t.gql('mutation($id: ID!) { endMembership(membershipId: $id) { id } }', { id: membership.id }, manager)).errors).toBeUndefined();
    const USER = 'query($id: ID!) { user(id: $id) { email memberships { id } membershipHistory { id endsOn } } }';
    const read = await t.gql<{ user: { memberships: unknown[]; membershipHistory: Array<{ id: string; endsOn: string | null }> } }>(USER, { id: officer.id }, admin);
    expect(read.data!.user.memberships).toEqual([]);
    expect(read.data!.user.membershipHistory).toEqual([{ id: membership.id, endsOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }]);
    expect((await t.gql(USER, { id: bradford.id }, manager)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(USER, { id: 'not-an-id' }, admin)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
