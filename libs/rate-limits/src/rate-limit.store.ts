import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;
import { AppConfig } from '@safeguard/config';
import { createClient } from 'redis';
import { rateLimitSettings } from './rate-limits';

/*
 * One fixed window per key. KEYS[1] counts hits and expires with the window; KEYS[2] exists while
 * the key is blocked. A blocked call is not counted, and a block, once over, starts a new window.
 * Returns {hits, window ms left, blocked 0/1, block ms left}. One script, so that concurrent api
 * instances never both see the last free hit.
 */
const INCREMENT = `
local blockLeft = redis.call('PTTL', KEYS[2])
if blockLeft > 0 then
  return {tonumber(ARGV[2]) + 1, blockLeft, 1, blockLeft}
end
local hits = redis.call('INCR', KEYS[1])
local left = redis.call('PTTL', KEYS[1])
if hits == 1 or left < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  left = tonumber(ARGV[1])
end
if hits > tonumber(ARGV[2]) then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  redis.call('DEL', KEYS[1])
  return {hits, left, 1, tonumber(ARGV[3])}
end
return {hits, left, 0, 0}
`;

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/**
 * The counters behind every rate limit: in Redis when REDIS_URL is set, so that all api instances
 * share them, in this process's memory otherwise. If Redis cannot answer, the call is let through
 * and the failure logged: the account lockout still guards passwords, and an outage of Redis
 * should not stop everyone signing in.
 */
@Injectable()
export class RateLimitStore implements ThrottlerStorage, OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(RateLimitStore.name);
  private readonly memory = new ThrottlerStorageService();
  private redis?: ReturnType<typeof createClient>;
  private readonly prefix: string;
  private readonly redisUrl?: string;

  constructor(config: AppConfig) {
    const settings = rateLimitSettings(config);
    this.prefix = settings.keyPrefix;
    this.redisUrl = settings.redisUrl;
  }

  async onModuleInit(): Promise<void> {
    if (!this.redisUrl) return;
    // Without an offline queue, a lost connection fails a call at once instead of holding the request.
    this.redis = createClient({ url: this.redisUrl, disableOfflineQueue: true });
    this.redis.on('error', (error: Error) => this.logger.error(`Redis: ${error.message}`));
    await this.redis.connect();
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    if (!this.redis) return this.memory.increment(key, ttl, limit, blockDuration, throttlerName);
    const base = `${this.prefix}{${key}}`;
    try {
      const [hits, left, blocked, blockLeft] = (await this.redis.eval(INCREMENT, {
        keys: [base, `${base}:blocked`],
        arguments: [String(Math.max(1, ttl)), String(limit), String(Math.max(1, blockDuration || ttl))],
      })) as number[];
      return { totalHits: hits, timeToExpire: seconds(left), isBlocked: blocked === 1, timeToBlockExpire: blocked === 1 ? seconds(blockLeft) : 0 };
    } catch (error) {
      this.logger.error(`Rate limit not applied (Redis): ${error instanceof Error ? error.message : String(error)}`);
      return { totalHits: 0, timeToExpire: seconds(ttl), isBlocked: false, timeToBlockExpire: 0 };
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.memory.onApplicationShutdown();
    await this.redis?.quit().catch(() => undefined);
  }
}
