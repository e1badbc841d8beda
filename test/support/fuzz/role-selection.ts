import { FuzzReply } from './fuzz-client';

/** Demo accounts in the order they are tried: the widest-reaching roles first. */
export const FUZZ_ACCOUNTS = [
  'manager@demo.test',
  'head1@demo.test',
  'dsl1@demo.test',
  'hmi@demo.test',
  'admin@demo.test',
  'officer@demo.test',
  'clerk2@demo.test',
  'hmci@demo.test',
] as const;

export type FuzzAccount = (typeof FUZZ_ACCOUNTS)[number];

/** True when the operation's policy refused the caller's role, whatever the input. */
export function refusedByRole(reply: FuzzReply): boolean {
  return (reply.errors ?? []).some((error) => error.extensions?.reason === 'ROLE_REQUIRED');
}

/**
 * The first demo account whose role the operation accepts, found by calling it with a few
 * sample inputs: the policy guard runs before input validation, so a role refusal shows even
 * with nonsense input (unless GraphQL refused the input's shape first, hence several samples).
 */
export async function chooseAccount(
  call: (account: FuzzAccount, variables: unknown) => Promise<FuzzReply>,
  samples: unknown[],
): Promise<FuzzAccount | undefined> {
  for (const account of FUZZ_ACCOUNTS) {
    let refused = false;
    for (const variables of samples) {
      if (refusedByRole(await call(account, variables))) {
        refused = true;
        break;
      }
    }
    if (!refused) return account;
  }
  return undefined;
}
