import { AppConfig } from '@safeguard/config';

/**
 * Every rate limit in one place. Sign-in limits sit above the account lockout (LOCKOUT_THRESHOLD
 * failures lock an account) so that an honest user who mistypes meets the lockout's clearer
 * message first, while a guesser spraying many accounts from one address, or one account from
 * many addresses, is stopped here. The mutation budget is generous: a person working quickly
 * makes a few changes a minute; a script making hundreds is what it stops. Environment
 * variables (RATE_LIMIT_*) override each number.
 */
export const RATE_LIMITS = {
  signIn: {
    /** Attempts at one account (any address), per window. */
    perAccount: 10,
    /** Attempts from one address (any account), per window: a school or council office shares one. */
    perAddress: 50,
    windowSeconds: 15 * 60,
  },
  mutations: {
    /** Mutations and REST writes per signed-in account (per address when signed out), per window. */
    perAccount: 300,
    windowSeconds: 60,
  },
} as const;

export interface RateLimitSettings {
  signIn: { perAccount: number; perAddress: number; windowSeconds: number };
  mutations: { perAccount: number; windowSeconds: number };
  keyPrefix: string;
  redisUrl?: string;
}

/** RATE_LIMITS with any overrides from the environment. */
export function rateLimitSettings(config: AppConfig): RateLimitSettings {
  const v = config.rateLimits;
  return {
    signIn: {
      perAccount: v.RATE_LIMIT_SIGN_IN_PER_ACCOUNT ?? RATE_LIMITS.signIn.perAccount,
      perAddress: v.RATE_LIMIT_SIGN_IN_PER_ADDRESS ?? RATE_LIMITS.signIn.perAddress,
      windowSeconds: v.RATE_LIMIT_SIGN_IN_WINDOW_SECONDS ?? RATE_LIMITS.signIn.windowSeconds,
    },
    mutations: {
      perAccount: v.RATE_LIMIT_MUTATIONS_PER_ACCOUNT ?? RATE_LIMITS.mutations.perAccount,
      windowSeconds: v.RATE_LIMIT_MUTATIONS_WINDOW_SECONDS ?? RATE_LIMITS.mutations.windowSeconds,
    },
    keyPrefix: v.RATE_LIMIT_KEY_PREFIX,
    redisUrl: config.redis.REDIS_URL,
  };
}
