import fc from 'fast-check';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { startTestApp, TestApp } from '../support/test-app';
import { loadDemoIds } from '../support/fuzz/demo-ids';
import { FuzzReply, postGraphQL } from '../support/fuzz/fuzz-client';
import { chooseAccount, FUZZ_ACCOUNTS, FuzzAccount } from '../support/fuzz/role-selection';
import { MutationUnderTest, mutationsOf } from '../support/fuzz/schema-arbitraries';
import { oversizedVariants } from '../support/fuzz/oversized-variants';
import { judge, LONGEST_ACCEPTED_TEXT } from '../support/fuzz/verdict';
import { WriteLedger } from '../support/fuzz/write-ledger';

/**
 * Every mutation of the live schema, called with malformed, oversized, unicode-heavy and
 * injection-shaped input by a role allowed to call it. Each answer must be a success or a
 * clear client code, and leave the database consistent with it. FC_SEED varies the inputs,
 * FC_RUNS the calls per mutation; FC_SHRINK=1 shrinks a failure to its smallest input.
 */
const SEED = Number(process.env.FC_SEED ?? 20261123);
const RUNS = Number(process.env.FC_RUNS ?? 15);
const SHRINK = process.env.FC_SHRINK === '1';
// Successes per mutation replayed with oversized text.
const OVERSIZED_REPLAYS = 2;

// Run last, in this order: they end the demo roles' access (assignments, memberships, the
// session) or lock demo accounts after failed sign-ins, which would starve later mutations.
const LAST = ['endHmiAssignment', 'endMembership', 'logout', 'login'];

// Successes that may change nothing, and then rightly write no audit line; each says why. A
// new idempotent no-op fails the audit check until it is listed here (read its service first).
const MAY_CHANGE_NOTHING: Record<string, string> = {
  joinConversation: 'joining a conversation you are already in',
  leaveConversation: 'leaving a conversation you are not in',
  hideMessage: 'hiding a message already hidden',
  restoreMessage: 'restoring a message that is not hidden',
  deleteMessage: 'deleting a message already deleted',
  linkPressureReportsToCampaign: 'linking reports already in the campaign',
};

// Members' own messaging is recorded in the conversation's event log, not the audit trail
// (moderation is audited): each success there adds an event, or changes nothing (an edit to
// the same text, a reaction already there, a read receipt not moving forward).
const RECORDED_IN_CONVERSATION_LOG = new Set(['sendMessage', 'editMessage', 'addReaction', 'removeReaction', 'markConversationRead']);

// Mutations whose input carries a whole file as text, so may take more than LONGEST_ACCEPTED_TEXT.
const TAKES_FILES = new Set(['importGovernanceRecord']);

// Resetting an authenticator leaves that account unable to sign in until it enrols again, which
// would starve every later mutation signed in as it: the accounts the fuzzer uses are never its target.
const SPARES_FUZZ_ACCOUNTS = new Set(['resetSecondFactor']);

function sparingFuzzAccounts(mutation: MutationUnderTest, fuzzUserIds: Set<string>): MutationUnderTest {
  if (!SPARES_FUZZ_ACCOUNTS.has(mutation.name)) return mutation;
  const target = (variables: Record<string, unknown>) => (variables.input as { userId?: unknown } | undefined)?.userId;
  return { ...mutation, variables: mutation.variables.filter((variables) => !fuzzUserIds.has(target(variables) as string)) };
}

const order = (mutations: MutationUnderTest[]) =>
  [...mutations].sort((a, b) => LAST.indexOf(a.name) - LAST.indexOf(b.name) || a.name.localeCompare(b.name));

describe('every mutation refuses hostile input cleanly (property-based)', () => {
  let t: TestApp;
  let ledger: WriteLedger;
  let mutations: MutationUnderTest[];
  const tokens = new Map<FuzzAccount, string>();

  const tokenOf = async (account: FuzzAccount, fresh = false) => {
    if (fresh || !tokens.has(account)) tokens.set(account, await t.login(account));
    return tokens.get(account)!;
  };

  beforeAll(async () => {
    t = await startTestApp();
    ledger = await WriteLedger.open(t.db.query);
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const fuzzUsers = await t.db.query<{ id: string }>('SELECT id FROM users WHERE email = ANY($1)', [[...FUZZ_ACCOUNTS]]);
    const fuzzUserIds = new Set(fuzzUsers.map((u) => u.id));
    mutations = order(mutationsOf(schema, await loadDemoIds(t.db.query)).map((m) => sparingFuzzAccounts(m, fuzzUserIds)));
  });
  afterAll(() => t?.close());

  it('covers every mutation of the live schema', () => {
    expect(mutations.length).toBeGreaterThan(80);
    expect(mutations.map((m) => m.name)).toEqual(expect.arrayContaining(['login', 'openRegisterEntry', 'sendMessage']));
  });

  it('answers every call with a success or a client code, leaving nothing half-written', async () => {
    const failures: string[] = [];
    const summary: Record<string, string> = {};
    for (const mutation of mutations) {
      // Probing may call a mutation that ends a session; a token refused then is renewed once.
      const probe = async (account: FuzzAccount, variables: unknown): Promise<FuzzReply> => {
        const reply = await postGraphQL(t.url, mutation.query, variables, await tokenOf(account));
        if (reply.errors?.[0]?.extensions?.code !== 'UNAUTHENTICATED') return reply;
        return postGraphQL(t.url, mutation.query, variables, await tokenOf(account, true));
      };
      const samples = fc.sample(mutation.variables, { seed: SEED, numRuns: 4 });
      const account = mutation.hasArguments ? await chooseAccount(probe, samples) : 'manager@demo.test';
      if (!account) {
        failures.push(`${mutation.name}: no demo account may call it`);
        continue;
      }
      const token = await tokenOf(account);
      const labels: Record<string, number> = {};
      const started = Date.now();
      const inLog = RECORDED_IN_CONVERSATION_LOG.has(mutation.name);
      const allowance = {
        mayChangeNothing: inLog || mutation.name in MAY_CHANGE_NOTHING,
        takesFiles: TAKES_FILES.has(mutation.name),
        recordTable: inLog ? 'conversation_events' : undefined,
      };
      const attempt = async (variables: unknown) => {
        const before = await ledger.snapshot();
        const reply = await postGraphQL(t.url, mutation.query, variables, token);
        return judge(reply, variables, before, await ledger.snapshot(before), allowance);
      };
      let replayed = 0;
      const property = fc.asyncProperty(mutation.variables, async (variables) => {
        const outcome = await attempt(variables);
        labels[outcome.label] = (labels[outcome.label] ?? 0) + 1;
        if (outcome.problems.length) throw new Error(outcome.problems.join('; '));
        // The first successes again, each text value in turn far too long: all must be refused.
        if (outcome.label !== 'ok' || replayed++ >= OVERSIZED_REPLAYS) return;
        for (const variant of oversizedVariants(variables, LONGEST_ACCEPTED_TEXT + 10_000, 8)) {
          const { problems } = await attempt(variant.variables);
          if (problems.length) throw new Error(`with ${variant.path} oversized: ${problems.join('; ')}`);
        }
      });
      const details = await fc.check(property, { seed: SEED, numRuns: mutation.hasArguments ? RUNS : 1, endOnFailure: !SHRINK });
      summary[mutation.name] = `${account.split('@')[0]} ${JSON.stringify(labels)} ${Date.now() - started} ms`;
      if (details.failed) {
        const input = JSON.stringify(details.counterexample?.[0], (_key, value: unknown) =>
          typeof value === 'string' && value.length > 120 ? `${value.slice(0, 60)}…(${value.length} chars)` : value,
        );
        failures.push(`${mutation.name} as ${account}: ${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}\n    input: ${input}`);
      }
    }
    console.log(`seed ${SEED}, ${RUNS} runs each\n${Object.entries(summary).map(([name, line]) => `${name}: ${line}`).join('\n')}`);
    expect(failures).toEqual([]);
  }, 600_000);
});
