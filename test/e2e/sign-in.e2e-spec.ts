import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { SIGN_IN_RULES } from '@safeguard/accounts';
import { AuditService } from '@safeguard/audit';
import { sweepSignInRecords } from '@safeguard/auth';
import { AppConfig } from '@safeguard/config';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '@safeguard/demo';
import { asSystem } from '../support/as-system';
import { GraphQLResponse, startTestApp, TestApp } from '../support/test-app';

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { challengeToken enrolmentRequired expiresAt } }';
const VERIFY = 'mutation($input: VerifySignInCodeInput!) { verifySignInCode(input: $input) { accessToken refreshToken user { email } } }';
const ENROL = 'mutation($input: StartTotpEnrolmentInput!) { startTotpEnrolment(input: $input) { secret otpauthUri qrCodeDataUrl recoveryCodes } }';
const REFRESH = 'mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken refreshToken } }';
const SESSIONS = '{ mySessions { id userAgent ipAddress createdAt lastUsedAt expiresAt idleExpiresAt current } }';

interface Challenge {
  challengeToken: string;
  enrolmentRequired: boolean;
  expiresAt: string;
}
interface Tokens {
  accessToken: string;
  refreshToken: string;
  user?: { email: string };
}
interface Enrolment {
  secret: string;
  otpauthUri: string;
  qrCodeDataUrl: string;
  recoveryCodes: string[];
}
interface SessionRow {
  id: string;
  userAgent: string | null;
  ipAddress: string | null;
  current: boolean;
}

const reasonOf = (result: GraphQLResponse) => result.errors?.[0].extensions;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The steps of signing in, one request each, so each answer can be checked. */
function steps(t: TestApp) {
  const password = async (email: string, pass = DEMO_PASSWORD) => t.gql<{ login: Challenge }>(LOGIN, { input: { email, password: pass } });
  const challenge = async (email: string, pass = DEMO_PASSWORD) => {
    const result = await password(email, pass);
    if (!result.data?.login) throw new Error(`password step refused: ${JSON.stringify(result.errors)}`);
    return result.data.login;
  };
  const code = (challengeToken: string, value: string) => t.gql<{ verifySignInCode: Tokens }>(VERIFY, { input: { challengeToken, code: value } });
  const signIn = async (email: string, pass = DEMO_PASSWORD, secret = DEMO_TOTP_SECRET) => {
    const result = await code((await challenge(email, pass)).challengeToken, await t.nextTotpCode(email, secret));
    if (!result.data?.verifySignInCode) throw new Error(`code refused: ${JSON.stringify(result.errors)}`);
    return result.data.verifySignInCode;
  };
  const sessionCount = async (email: string) =>
    (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM auth_sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1', [email]))[0].n;
  const auditOf = async (email: string) =>
    (
      await t.db.query<{ action: string; outcome: string }>(
        `SELECT e.action, e.outcome FROM audit_events e JOIN users u ON u.id = e.actor_user_id
          WHERE u.email = $1 AND (e.action LIKE 'auth.%' OR e.action LIKE 'accounts.password%') ORDER BY e.id`,
        [email],
      )
    ).map((e) => `${e.action}:${e.outcome}`);
  return { password, challenge, code, signIn, sessionCount, auditOf };
}

describe('two-step sign-in', () => {
  let t: TestApp;
  let s: ReturnType<typeof steps>;
  beforeAll(async () => {
    t = await startTestApp();
    s = steps(t);
  });
  afterAll(() => t.close());

  it('refuses a wrong password, and a right one gives a challenge but no tokens or session', async () => {
    const wrong = await s.password('dsl1@demo.test', 'not the password at all');
    expect(reasonOf(wrong)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });

    const before = await s.sessionCount('dsl1@demo.test');
    const right = await s.password('dsl1@demo.test');
    expect(right.errors).toBeUndefined();
    expect(Object.keys(right.data!.login).sort()).toEqual(['challengeToken', 'enrolmentRequired', 'expiresAt']);
    expect(right.data!.login.enrolmentRequired).toBe(false);
    expect(await s.sessionCount('dsl1@demo.test')).toBe(before);
    // The challenge is not an access token.
    expect(reasonOf(await t.gql('{ me { id } }', {}, right.data!.login.challengeToken))?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a wrong code, then takes the right one on the same challenge', async () => {
    const { challengeToken } = await s.challenge('head1@demo.test');
    const right = await t.nextTotpCode('head1@demo.test');
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0');
    expect(reasonOf(await s.code(challengeToken, wrong))).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CODE' });
    expect(reasonOf(await s.code(challengeToken, 'not-a-code'))).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CODE' });

    const ok = await s.code(challengeToken, right);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.verifySignInCode.user).toEqual({ email: 'head1@demo.test' });
    expect((await t.gql('{ me { email } }', {}, ok.data!.verifySignInCode.accessToken)).data).toEqual({ me: { email: 'head1@demo.test' } });
    // A completed challenge works once.
    expect(reasonOf(await s.code(challengeToken, await t.nextTotpCode('head1@demo.test')))).toMatchObject({ reason: 'CHALLENGE_INVALID' });
    expect(await s.auditOf('head1@demo.test')).toEqual(
      expect.arrayContaining(['auth.second_factor_failed:REFUSED', 'auth.login:SUCCESS']),
    );
  });

  it('refuses a code that was used already, even on a new challenge', async () => {
    const code = await t.nextTotpCode('head2@demo.test');
    expect((await s.code((await s.challenge('head2@demo.test')).challengeToken, code)).errors).toBeUndefined();
    const replay = await s.code((await s.challenge('head2@demo.test')).challengeToken, code);
    expect(reasonOf(replay)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'CODE_REPLAYED' });
    expect(replay.data?.verifySignInCode ?? null).toBeNull();
  });

  it('locks the account after five failures of the code, counting across challenges, and audits each step', async () => {
    const email = 'officer.bradford@demo.test';
    // Three wrong codes, then the right password again: it does not start the count afresh.
    const first = await s.challenge(email);
    for (let i = 0; i < 3; i += 1) expect(reasonOf(await s.code(first.challengeToken, '000000'))?.reason).toBe('INVALID_CODE');
    const second = await s.challenge(email);
    for (let i = 0; i < 2; i += 1) expect(reasonOf(await s.code(second.challengeToken, '000001'))?.reason).toBe('INVALID_CODE');

    const locked = await s.code(second.challengeToken, await t.nextTotpCode(email));
    expect(reasonOf(locked)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'ACCOUNT_LOCKED' });
    expect(reasonOf(await s.password(email))).toMatchObject({ reason: 'ACCOUNT_LOCKED' });
    const [user] = await t.db.query<{ minutes: number }>(
      `SELECT round(extract(epoch FROM locked_until - now()) / 60)::int AS minutes FROM users WHERE email = $1`,
      [email],
    );
    expect(user.minutes).toBe(15);
    expect(await s.auditOf(email)).toEqual([
      'auth.password_accepted:SUCCESS',
      ...Array(3).fill('auth.second_factor_failed:REFUSED'),
      'auth.password_accepted:SUCCESS',
      ...Array(2).fill('auth.second_factor_failed:REFUSED'),
      'auth.account_locked:DENIED',
      'auth.login_refused_locked:DENIED',
      'auth.login_refused_locked:DENIED',
    ]);
  });

  it('makes an invited user set up an authenticator before anything else; recovery codes work once each', async () => {
    const admin = await t.login('admin@demo.test');
    const [school] = await t.db.query<{ id: string }>('SELECT id FROM schools WHERE urn = 990001');
    const invite = await t.gql('mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }', {
      input: { email: 'enrol.dsl@demo.test', displayName: 'Enrol DSL', role: 'DSL', schoolId: school.id },
    }, admin);
    expect(invite.errors).toBeUndefined();
    const [mail] = await t.db.query<{ body: string }>(`SELECT body FROM outbox_messages WHERE recipient = 'enrol.dsl@demo.test'`);
    const token = /token=([\w-]+)/.exec(mail.body)![1];
    const password = 'a passphrase nobody guesses';

    const accepted = await t.gql<{ acceptInvitation: Challenge }>(
      'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { challengeToken enrolmentRequired expiresAt } }',
      { input: { token, password } },
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptInvitation.enrolmentRequired).toBe(true);
    expect(await s.sessionCount('enrol.dsl@demo.test')).toBe(0);

    // Signing in again with the password: still only the enrolment is open.
    const challenge = await s.challenge('enrol.dsl@demo.test', password);
    expect(challenge.enrolmentRequired).toBe(true);
    expect(reasonOf(await s.code(challenge.challengeToken, '123456'))?.reason).toBe('INVALID_CODE');

    const started = await t.gql<{ startTotpEnrolment: Enrolment }>(ENROL, { input: { challengeToken: challenge.challengeToken } });
    expect(started.errors).toBeUndefined();
    const enrolment = started.data!.startTotpEnrolment;
    expect(enrolment.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(enrolment.otpauthUri).toBe(
      `otpauth://totp/Safeguard%20Hub:enrol.dsl%40demo.test?secret=${enrolment.secret}&issuer=Safeguard%20Hub`,
    );
    expect(enrolment.qrCodeDataUrl).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/);
    expect(enrolment.recoveryCodes).toHaveLength(10);
    expect(new Set(enrolment.recoveryCodes).size).toBe(10);
    expect(enrolment.recoveryCodes.every((c) => /^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/.test(c))).toBe(true);
    // Stored hashed, never as shown.
    const stored = await t.db.query<{ code_hash: string }>(
      'SELECT code_hash FROM recovery_codes r JOIN users u ON u.id = r.user_id WHERE u.email = $1',
      ['enrol.dsl@demo.test'],
    );
    expect(stored).toHaveLength(10);
    expect(stored.map((r) => r.code_hash).some((h) => enrolment.recoveryCodes.some((c) => h.includes(c.replace(/-/g, ''))))).toBe(false);
    const [secretRow] = await t.db.query<{ totp_secret: string }>('SELECT totp_secret FROM users WHERE email = $1', ['enrol.dsl@demo.test']);
    expect(secretRow.totp_secret).not.toContain(enrolment.secret);

    // A recovery code does not confirm the enrolment; a code from the app does, and signs in.
    expect(reasonOf(await s.code(challenge.challengeToken, enrolment.recoveryCodes[0]))?.reason).toBe('INVALID_CODE');
    const confirmed = await s.code(challenge.challengeToken, await t.nextTotpCode('enrol.dsl@demo.test', enrolment.secret));
    expect(confirmed.errors).toBeUndefined();
    const me = await t.gql<{ me: { memberships: Array<{ role: string }> } }>(
      '{ me { memberships { role } } }', {}, confirmed.data!.verifySignInCode.accessToken,
    );
    expect(me.data!.me.memberships).toEqual([{ role: 'DSL' }]);

    // Enrolled now: a new sign-in asks for a code, and the authenticator cannot be replaced from a challenge.
    const next = await s.challenge('enrol.dsl@demo.test', password);
    expect(next.enrolmentRequired).toBe(false);
    expect(reasonOf(await t.gql(ENROL, { input: { challengeToken: next.challengeToken } }))?.reason).toBe('CHALLENGE_INVALID');

    // A recovery code (any case, spaces or dashes) signs in once.
    const recovery = enrolment.recoveryCodes[3];
    const byRecovery = await s.code(next.challengeToken, ` ${recovery.toLowerCase().replace(/-/g, ' ')} `);
    expect(byRecovery.errors).toBeUndefined();
    const again = await s.code((await s.challenge('enrol.dsl@demo.test', password)).challengeToken, recovery);
    expect(reasonOf(again)?.reason).toBe('INVALID_CODE');

    const audit = await s.auditOf('enrol.dsl@demo.test');
    expect(audit).toEqual(expect.arrayContaining([
      'auth.totp_enrolment_started:SUCCESS', 'auth.totp_enrolled:SUCCESS', 'auth.recovery_code_used:SUCCESS', 'auth.login:SUCCESS',
    ]));
  });

  it('lists your sessions; revoking one ends its tokens at once, and revoking all keeps the current one unless asked', async () => {
    const email = 'clerk2@demo.test';
    const first = await s.signIn(email);
    const second = await s.signIn(email);
    const third = await s.signIn(email);
    const listed = await t.gql<{ mySessions: SessionRow[] }>(SESSIONS, {}, first.accessToken);
    expect(listed.errors).toBeUndefined();
    const sessions = listed.data!.mySessions;
    expect(sessions).toHaveLength(3);
    expect(sessions.filter((x) => x.current)).toHaveLength(1);
    expect(sessions.every((x) => x.userAgent && x.ipAddress)).toBe(true);
    const currentId = sessions.find((x) => x.current)!.id;

    // Another user's session is not yours to end.
    const [other] = await t.db.query<{ id: string }>(
      `SELECT s.id FROM auth_sessions s JOIN users u ON u.id = s.user_id WHERE u.email = 'head1@demo.test' LIMIT 1`,
    );
    const foreign = await t.gql('mutation($input: RevokeSessionInput!) { revokeSession(input: $input) }', { input: { sessionId: other.id } }, first.accessToken);
    expect(reasonOf(foreign)?.code).toBe('NOT_FOUND');

    const secondId = (await t.gql<{ mySessions: SessionRow[] }>(SESSIONS, {}, second.accessToken)).data!.mySessions.find((x) => x.current)!.id;
    const revoked = await t.gql('mutation($input: RevokeSessionInput!) { revokeSession(input: $input) }', { input: { sessionId: secondId } }, first.accessToken);
    expect(revoked.data).toEqual({ revokeSession: true });
    expect(reasonOf(await t.gql('{ me { id } }', {}, second.accessToken))).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
    expect(reasonOf(await t.gql(REFRESH, { input: { refreshToken: second.refreshToken } }))?.code).toBe('UNAUTHENTICATED');

    const others = await t.gql<{ revokeAllSessions: number }>('mutation { revokeAllSessions }', {}, first.accessToken);
    expect(others.data).toEqual({ revokeAllSessions: 1 });
    expect(reasonOf(await t.gql('{ me { id } }', {}, third.accessToken))?.code).toBe('UNAUTHENTICATED');
    const remaining = await t.gql<{ mySessions: SessionRow[] }>(SESSIONS, {}, first.accessToken);
    expect(remaining.data!.mySessions.map((x) => x.id)).toEqual([currentId]);

    const all = await t.gql('mutation { revokeAllSessions(input: { includeCurrent: true }) }', {}, first.accessToken);
    expect(all.data).toEqual({ revokeAllSessions: 1 });
    expect(reasonOf(await t.gql('{ me { id } }', {}, first.accessToken))?.code).toBe('UNAUTHENTICATED');
    expect(await s.auditOf(email)).toEqual(expect.arrayContaining(['auth.session_revoked:SUCCESS', 'auth.sessions_revoked:SUCCESS']));
  });

  it('refuses short, long and common new passwords; a change ends your other sessions', async () => {
    const email = 'dsl2@demo.test';
    const here = await s.signIn(email);
    const elsewhere = await s.signIn(email);
    const change = (currentPassword: string, newPassword: string) =>
      t.gql('mutation($input: ChangePasswordInput!) { changePassword(input: $input) }', { input: { currentPassword, newPassword } }, here.accessToken);

    for (const weak of ['short', 'elevenchars', 'x'.repeat(129), 'password1234', 'Football2024!', 'monkeymonkeymonkey', 'abcabcabcabcabc', 'Safeguarding123']) {
      expect(reasonOf(await change(DEMO_PASSWORD, weak))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    }
    expect(reasonOf(await change('not my password at all', 'a fresh and long passphrase'))).toMatchObject({
      code: 'BAD_USER_INPUT', field: 'currentPassword',
    });
    expect((await change(DEMO_PASSWORD, 'a fresh and long passphrase')).data).toEqual({ changePassword: true });
    expect(reasonOf(await t.gql('{ me { id } }', {}, elsewhere.accessToken))?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql('{ me { email } }', {}, here.accessToken)).data).toEqual({ me: { email } });
    expect(reasonOf(await s.password(email))?.reason).toBe('INVALID_CREDENTIALS');
    expect((await s.password(email, 'a fresh and long passphrase')).errors).toBeUndefined();
    expect(await s.auditOf(email)).toContain('accounts.password_changed:SUCCESS');
  });

  it('resets a forgotten password through a single-use e-mailed link, checking the new one, and ends every session', async () => {
    const email = 'manager@demo.test';
    const session = await s.signIn(email);
    const request = (address: string) =>
      t.gql('mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }', { input: { email: address } });
    expect((await request('nobody.here@demo.test')).data).toEqual({ requestPasswordReset: true });
    expect(await t.db.query(`SELECT 1 FROM outbox_messages WHERE recipient = 'nobody.here@demo.test'`)).toEqual([]);

    expect((await request('Manager@Demo.Test')).data).toEqual({ requestPasswordReset: true });
    const [mail] = await t.db.query<{ body: string }>(`SELECT body FROM outbox_messages WHERE recipient = $1 AND body LIKE '%password-reset%'`, [email]);
    const token = /token=([\w-]+)/.exec(mail.body)![1];
    const [stored] = await t.db.query<{ token_hash: string; minutes: number }>(
      `SELECT token_hash, round(extract(epoch FROM expires_at - created_at) / 60)::int AS minutes FROM password_reset_tokens`,
    );
    expect(stored.token_hash).not.toContain(token);
    expect(stored.minutes).toBe(60);

    const reset = (newPassword: string, withToken = token) =>
      t.gql('mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }', { input: { token: withToken, newPassword } });
    // A refused password does not use up the link.
    expect(reasonOf(await reset('qwertyuiop123'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    expect((await reset('another long enough passphrase')).data).toEqual({ resetPassword: true });
    expect(reasonOf(await reset('yet another long passphrase'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    expect(reasonOf(await t.gql('{ me { id } }', {}, session.accessToken))?.code).toBe('UNAUTHENTICATED');
    // The new password opens only the first step: the authenticator is still needed.
    const challenge = await s.challenge(email, 'another long enough passphrase');
    expect(challenge.enrolmentRequired).toBe(false);
    expect(await s.auditOf(email)).toEqual(expect.arrayContaining(['accounts.password_reset_requested:SUCCESS', 'accounts.password_reset:SUCCESS']));
  });

  it('lets an administrator reset a lost authenticator: sessions end, the next sign-in enrols anew, the person is told', async () => {
    const email = 'head2@demo.test';
    const before = await s.signIn(email);
    const [{ id: userId }] = await t.db.query<{ id: string }>('SELECT id FROM users WHERE email = $1', [email]);
    const admin = await t.login('admin@demo.test');
    const reset = (input: object, token = admin) =>
      t.gql<{ resetSecondFactor: { id: string } }>('mutation($input: ResetSecondFactorInput!) { resetSecondFactor(input: $input) { id } }', { input }, token);
    const reason = 'Lost phone; identity confirmed by a call to the school office.';

    expect(reasonOf(await reset({ userId, reason: 'lost' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    // Never your own: that is how an attacker with your password would lock you out.
    const [{ id: adminId }] = await t.db.query<{ id: string }>('SELECT id FROM users WHERE email = $1', ['admin@demo.test']);
    expect(reasonOf(await reset({ userId: adminId, reason }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });
    // A manager's reach (their authority only) is in permission-matrix.e2e-spec.ts.

    expect((await reset({ userId, reason })).data?.resetSecondFactor.id).toBe(userId);
    expect(reasonOf(await t.gql('{ me { id } }', {}, before.accessToken))?.code).toBe('UNAUTHENTICATED');
    // The password still counts; the old authenticator's code no longer does, and enrolment comes first.
    const next = await s.challenge(email);
    expect(next.enrolmentRequired).toBe(true);
    expect(reasonOf(await s.code(next.challengeToken, await t.nextTotpCode(email)))?.code).toBe('UNAUTHENTICATED');
    const [mail] = await t.db.query<{ subject: string }>('SELECT subject FROM outbox_messages WHERE recipient = $1 ORDER BY created_at DESC LIMIT 1', [email]);
    expect(mail.subject).toBe('Your Safeguard Hub authenticator was reset');
    const [audit] = await t.db.query<{ details: { reason: string; sessionsEnded: number } }>(
      `SELECT details FROM audit_events WHERE action = 'accounts.second_factor_reset' AND entity_id = $1`, [userId]);
    expect(audit.details.reason).toBe(reason);
    expect(audit.details.sessionsEnded).toBeGreaterThanOrEqual(1);
  });

  it('sweeps challenges, reset links and sessions that stopped working over 30 days ago, keeping live sessions’ tokens', async () => {
    const email = 'hmi@demo.test';
    const live = await s.signIn(email);
    await s.challenge(email);
    const [{ id: userId }] = await t.db.query<{ id: string }>('SELECT id FROM users WHERE email = $1', [email]);
    // Records that ended 31 days ago, and ones that ended yesterday.
    const old = `now() - interval '31 days'`;
    const recent = `now() - interval '1 day'`;
    // Hashes of letters no SHA-256 hex digest uses, so real records never match.
    for (const [ended, hash] of [[old, 'x'], [recent, 'y']] as const) {
      await t.db.query(`INSERT INTO sign_in_challenges (user_id, token_hash, enrolment_required, expires_at) VALUES ($1, repeat($2, 64), false, ${ended})`, [userId, hash]);
      await t.db.query(`INSERT INTO password_reset_tokens (user_id, token_hash, expires_at) VALUES ($1, repeat($2, 64), ${ended})`, [userId, hash]);
      const [session] = await t.db.query<{ id: string }>(
        `INSERT INTO auth_sessions (user_id, expires_at, revoked_at, revoked_reason) VALUES ($1, now() + interval '1 day', ${ended}, 'test') RETURNING id`, [userId]);
      await t.db.query(`INSERT INTO refresh_tokens (session_id, token_hash, used_at) VALUES ($1, repeat($2, 64), ${ended})`, [session.id, hash === 'x' ? 'v' : 'w']);
    }
    const liveTokens = async () => (await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM refresh_tokens r JOIN auth_sessions a ON a.id = r.session_id WHERE a.user_id = $1 AND a.revoked_at IS NULL`, [userId]))[0].n;
    const liveBefore = await liveTokens();

    const swept = await sweepSignInRecords(asSystem(t.app.get(DataSource)), t.app.get(AuditService), SIGN_IN_RULES.endedRecordsKeptDays);
    expect(swept).toEqual({ challenges: 1, resetLinks: 1, sessions: 1, refreshTokens: 1 });
    const left = async (table: string) => (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE token_hash LIKE 'x%' OR token_hash LIKE 'v%'`))[0].n;
    for (const table of ['sign_in_challenges', 'password_reset_tokens', 'refresh_tokens']) expect(await left(table)).toBe(0);
    expect((await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM sign_in_challenges WHERE token_hash LIKE 'y%'`))[0].n).toBe(1);
    expect(await liveTokens()).toBe(liveBefore);
    // The live session still works, and the sweep is in the audit trail with its counts.
    expect((await t.gql<{ me: { id: string } }>('{ me { id } }', {}, live.accessToken)).data?.me.id).toBe(userId);
    const [audit] = await t.db.query<{ details: Record<string, unknown> }>(`SELECT details FROM audit_events WHERE action = 'auth.records_swept' ORDER BY id DESC LIMIT 1`);
    expect(audit.details).toMatchObject({ challenges: 1, resetLinks: 1, sessions: 1, refreshTokens: 1 });
    // Nothing left to sweep: a second run deletes nothing.
    expect(await sweepSignInRecords(asSystem(t.app.get(DataSource)), t.app.get(AuditService), SIGN_IN_RULES.endedRecordsKeptDays))
      .toEqual({ challenges: 0, resetLinks: 0, sessions: 0, refreshTokens: 0 });
  });
});

describe('session limits', () => {
  let t: TestApp;
  let s: ReturnType<typeof steps>;
  beforeAll(async () => {
    t = await startTestApp({ SESSION_IDLE_TIMEOUT_SECONDS: '3', SESSION_MAX_LIFETIME_SECONDS: '7' });
    s = steps(t);
  });
  afterAll(() => t.close());

  it('ends a session left idle longer than the idle timeout, for access and refresh tokens alike', async () => {
    const tokens = await s.signIn('hmi@demo.test');
    expect((await t.gql('{ me { id } }', {}, tokens.accessToken)).errors).toBeUndefined();
    await sleep(4_000);
    expect(reasonOf(await t.gql('{ me { id } }', {}, tokens.accessToken))).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
    expect(reasonOf(await t.gql(REFRESH, { input: { refreshToken: tokens.refreshToken } }))?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps a session in use alive, but never past its absolute lifetime', async () => {
    const tokens = await s.signIn('hmci@demo.test');
    const started = Date.now();
    let refresh = tokens.refreshToken;
    let access = tokens.accessToken;
    while (Date.now() - started < 5_500) {
      await sleep(1_500);
      expect((await t.gql('{ me { id } }', {}, access)).errors).toBeUndefined();
      const next = await t.gql<{ refreshSession: Tokens }>(REFRESH, { input: { refreshToken: refresh } });
      expect(next.errors).toBeUndefined();
      ({ accessToken: access, refreshToken: refresh } = next.data!.refreshSession);
    }
    await sleep(Math.max(0, 7_500 - (Date.now() - started)));
    expect(reasonOf(await t.gql('{ me { id } }', {}, access))).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
    expect(reasonOf(await t.gql(REFRESH, { input: { refreshToken: refresh } }))?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses to start with an idle timeout longer than the lifetime', async () => {
    expect(() => new AppConfig({ ...process.env, SESSION_IDLE_TIMEOUT_SECONDS: '600', SESSION_MAX_LIFETIME_SECONDS: '300' })).toThrow(
      /SESSION_IDLE_TIMEOUT_SECONDS/,
    );
  });
});
