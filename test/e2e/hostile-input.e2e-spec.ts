import { randomUUID } from 'node:crypto';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Inputs the property-based fuzzing (mutation-inputs.property.e2e-spec.ts) found answered with
 * INTERNAL_SERVER_ERROR, each now a named BAD_USER_INPUT audited as REFUSED, never FAILED.
 */
describe('hostile input found by fuzzing is refused cleanly', () => {
  let t: TestApp;
  let manager: string;
  beforeAll(async () => {
    t = await startTestApp();
    manager = await t.login('manager@demo.test');
  });
  afterAll(() => t.close());

  const auditOutcomes = async (action: string) =>
    (await t.db.query<{ outcome: string; code: string }>(
      `SELECT outcome::text AS outcome, details->>'code' AS code FROM audit_events WHERE action = $1 ORDER BY id`,
      [action],
    ));

  const visit = (hoursPerWeek: number) => ({
    entryId: randomUUID(),
    kind: 'HOME_VISIT',
    occurredOn: '2025-01-10',
    notes: 'Visited',
    hoursPerWeek,
    safeguarding: { childSeen: true, childViews: 'Happy', educationSuitability: 'SUITABLE', safeguardingConcern: false },
  });

  it('refuses hours per week written with an exponent (class-validator threw on 1e-12)', async () => {
    for (const hoursPerWeek of [1e-12, 2e-323, 12.55]) {
      const result = await t.gql('mutation($input: RecordVisitInput!) { recordVisit(input: $input) { id } }', { input: visit(hoursPerWeek) }, manager);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'hoursPerWeek' });
    }
  });

  it('refuses a NUL byte in an id argument by name (PostgreSQL refused the whole statement)', async () => {
    const result = await t.gql('mutation($id: ID!) { featurePracticeEntry(id: $id, featured: true) { id } }', { id: 'a\u0000b' }, manager);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('refuses a NUL byte or a lone surrogate in nested text', async () => {
    for (const note of ['note\u0000', 'note\ud800']) {
      const result = await t.gql(
        'mutation($input: ReportMessageInput!) { reportMessage(input: $input) { id } }',
        { input: { messageId: randomUUID(), reason: 'ABUSE_OR_HARASSMENT', note } },
        manager,
      );
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.note' });
    }
  });

  it('audits a malformed id as a refusal, not as our failure', async () => {
    const result = await t.gql('mutation($id: ID!) { withdrawPracticeEntry(id: $id) { id } }', { id: 'not-a-uuid' }, manager);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await auditOutcomes('mutation.withdrawPracticeEntry')).toEqual([{ outcome: 'REFUSED', code: 'BAD_USER_INPUT' }]);
  });

  it('refuses a NUL byte that reaches the database before any pipe (sign-in reads its input in a guard)', async () => {
    const result = await t.gql('mutation($input: LoginInput!) { login(input: $input) { challengeToken } }', {
      input: { email: 'head1\u0000@demo.test', password: 'correct-horse-battery-staple' },
    });
    expect(result.errors?.[0].extensions?.code).toMatch(/^(BAD_USER_INPUT|UNAUTHENTICATED)$/);
  });
});
