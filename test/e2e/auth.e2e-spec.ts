import { DEMO_PASSWORD } from '@safeguard/demo';
import { GraphQLResponse, startTestApp, TestApp } from '../support/test-app';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { challengeToken enrolmentRequired } }`;
const VERIFY = `mutation($input: VerifySignInCodeInput!) { verifySignInCode(input: $input) { accessToken refreshToken user { email } } }`;
type Tokens = { accessToken: string; refreshToken: string };
const REFRESH = `mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken refreshToken } }`;

describe('accounts and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** Both steps: the password, then a code of the demo authenticator; the first refusal is the answer. */
  const login = async (email: string, password = DEMO_PASSWORD): Promise<GraphQLResponse<{ verifySignInCode: Tokens }>> => {
    const first = await t.gql<{ login: { challengeToken: string } }>(LOGIN, { input: { email, password } });
    if (!first.data?.login) return { status: first.status, errors: first.errors };
    return t.gql<{ verifySignInCode: Tokens }>(VERIFY, {
      input: { challengeToken: first.data.login.challengeToken, code: await t.nextTotpCode(email) },
    });
  };

  it('rotates refresh tokens and revokes the whole session when an old one is reused', async () => {
    const first = (await login('dsl1@demo.test')).data!.verifySignInCode;
    const second = await t.gql<{ refreshSession: { accessToken: string; refreshToken: string } }>(REFRESH, {
      input: { refreshToken: first.refreshToken },
    });
    expect(second.errors).toBeUndefined();
    const rotated = second.data!.refreshSession;
    expect((await t.gql('{ me { email } }', {}, rotated.accessToken)).data).toEqual({ me: { email: 'dsl1@demo.test' } });

    const replay = await t.gql(REFRESH, { input: { refreshToken: first.refreshToken } });
    expect(replay.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'REFRESH_TOKEN_REUSED' });
    // The family is gone: the newest tokens stop working too.
    expect((await t.gql('{ me { email } }', {}, rotated.accessToken)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(REFRESH, { input: { refreshToken: rotated.refreshToken } })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const [event] = await t.db.query(`SELECT outcome FROM audit_events WHERE action = 'auth.refresh_token_reused'`);
    expect(event).toEqual({ outcome: 'DENIED' });
  });

  it('logout ends the session', async () => {
    const { accessToken } = (await login('head2@demo.test')).data!.verifySignInCode;
    expect((await t.gql('mutation { logout }', {}, accessToken)).data).toEqual({ logout: true });
    expect((await t.gql('{ me { id } }', {}, accessToken)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('locks an account after five failed sign-ins, even against the right password, and audits it', async () => {
    for (let i = 0; i < 5; i += 1) {
      const wrong = await login('head3@demo.test', 'not the password at all');
      expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    }
    const locked = await login('head3@demo.test');
    expect(locked.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'ACCOUNT_LOCKED' });
    const actions = await t.db.query<{ action: string }>(
      `SELECT e.action FROM audit_events e JOIN users u ON u.id = e.actor_user_id WHERE u.email = 'head3@demo.test' AND e.action LIKE 'auth.%' ORDER BY e.id`,
    );
    expect(actions.map((a) => a.action)).toEqual([
      ...Array(5).fill('auth.login_failed'),
      'auth.account_locked',
      'auth.login_refused_locked',
    ]);
  });

  it('gives one answer for an unknown e-mail and a wrong password', async () => {
    const unknown = await login('nobody@demo.test', 'whatever-password');
    const wrong = await login('dsl2@demo.test', 'whatever-password');
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
  });

  it('invites by e-mail through the outbox; the invitee sets a password and signs in with the role', async () => {
    const manager = await t.login('manager@demo.test');
    const [school] = await t.db.query<{ id: string }>('SELECT id FROM schools WHERE urn = 990007');
    const invite = await t.gql<{ inviteUser: { id: string; role: string } }>(
      `mutation($input: InviteUserInput!) { inviteUser(input: $input) { id role } }`,
      { input: { email: 'New.DSL@Demo.Test', displayName: 'New DSL', role: 'DSL', schoolId: school.id } },
      manager,
    );
    expect(invite.errors).toBeUndefined();
    const [mail] = await t.db.query<{ body: string; recipient: string }>(
      `SELECT body, recipient FROM outbox_messages WHERE recipient = 'new.dsl@demo.test'`,
    );
    const token = /token=([\w-]+)/.exec(mail.body)![1];

    const weak = await t.gql(
      `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { challengeToken } }`,
      { input: { token, password: 'short' } },
    );
    expect(weak.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });

    const accepted = await t.gql<{ acceptInvitation: { challengeToken: string; enrolmentRequired: boolean } }>(
      `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { challengeToken enrolmentRequired } }`,
      { input: { token, password: 'a long enough passphrase' } },
    );
    expect(accepted.errors).toBeUndefined();
    const { challengeToken, enrolmentRequired } = accepted.data!.acceptInvitation;
    expect(enrolmentRequired).toBe(true);
    const enrolment = await t.gql<{ startTotpEnrolment: { secret: string } }>(
      'mutation($input: StartTotpEnrolmentInput!) { startTotpEnrolment(input: $input) { secret } }',
      { input: { challengeToken } },
    );
    const signedIn = await t.gql<{ verifySignInCode: Tokens }>(VERIFY, {
      input: { challengeToken, code: await t.nextTotpCode('new.dsl@demo.test', enrolment.data!.startTotpEnrolment.secret) },
    });
    expect(signedIn.errors).toBeUndefined();
    const me = await t.gql<{ me: { memberships: Array<{ role: string; school: { urn: number } }> } }>(
      '{ me { memberships { role school { urn } } } }',
      {},
      signedIn.data!.verifySignInCode.accessToken,
    );
    expect(me.data!.me.memberships).toEqual([{ role: 'DSL', school: { urn: 990007 } }]);

    const again = await t.gql(
      `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { challengeToken } }`,
      { input: { token, password: 'a long enough passphrase' } },
    );
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
  });

  it('refuses an LA manager inviting outside their authority or to HMI, and audits the refusal', async () => {
    const manager = await t.login('manager@demo.test');
    const [bradfordSchool] = await t.db.query<{ id: string }>('SELECT id FROM schools WHERE urn = 990101');
    const outside = await t.gql(
      `mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }`,
      { input: { email: 'x@demo.test', displayName: 'X', role: 'HEADTEACHER', schoolId: bradfordSchool.id } },
      manager,
    );
    expect(outside.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const hmi = await t.gql(
      `mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }`,
      {
        input: { email: 'y@demo.test', displayName: 'Y', role: 'HMI', localAuthorityCode: '330', startsOn: '2026-09-01', endsOn: '2027-08-31' },
      },
      manager,
    );
    expect(hmi.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const refusals = await t.db.query(`SELECT outcome FROM audit_events WHERE action = 'mutation.inviteUser'`);
    expect(refusals).toEqual([{ outcome: 'DENIED' }, { outcome: 'DENIED' }]);
  });

  it('rejects malformed input with BAD_USER_INPUT naming the field', async () => {
    const admin = await t.login('admin@demo.test');
    const result = await t.gql(
      `mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }`,
      { input: { email: 'not-an-email', displayName: 'Z', role: 'ADMIN' } },
      admin,
    );
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });

  it('ends an HMI assignment: access stops at once', async () => {
    const admin = await t.login('admin@demo.test');
    const hmi = await t.login('hmi@demo.test');
    expect((await t.gql('{ auditEvents(first: 1) { edges { node { id } } } }', {}, hmi)).errors).toBeUndefined();
    const [membership] = await t.db.query<{ id: string }>(
      `SELECT m.id FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'hmi@demo.test'`,
    );
    const ended = await t.gql('mutation($id: ID!) { endMembership(membershipId: $id) { endsOn } }', { id: membership.id }, admin);
    expect(ended.errors).toBeUndefined();
    const after = await t.gql('{ auditEvents(first: 1) { edges { node { id } } } }', {}, hmi);
    expect(after.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
