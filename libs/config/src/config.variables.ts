import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength, ValidateIf } from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? ['1', 'true', 'yes', 'on'].includes(value.toLowerCase()) : value;

/** Process-wide settings. */
export class AppVariables {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** Seeds the demo on an empty database; always off in production. */
  @Transform(toBoolean)
  @IsBoolean()
  SEED_DEMO = true;

  /** Where the embedded PostgreSQL keeps its files when DATABASE_URL is unset. */
  @IsString()
  DATA_DIR = '.data';

  @IsIn(['error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';
}

/** PostgreSQL: a server URL, or unset for the embedded one. */
export class DatabaseVariables {
  @IsOptional()
  @IsString()
  DATABASE_URL?: string;

  @Type(() => Number)
  @IsInt()
  @Min(1024)
  @Max(65535)
  EMBEDDED_PG_PORT = 54329;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  /** Request handling acts as the app role under PostgreSQL row-level security (README, "Row-level security"). */
  @Transform(toBoolean)
  @IsBoolean()
  DATABASE_ROW_LEVEL_SECURITY = true;
}

/** Tokens and sign-in. */
export class AuthVariables {
  /** Signs access tokens; required in production, generated per data directory otherwise. */
  @ValidateIf((o: AuthVariables) => o.JWT_SECRET !== undefined)
  @IsString()
  @MinLength(32)
  JWT_SECRET?: string;

  @Type(() => Number)
  @IsInt()
  @Min(60)
  @Max(3600)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  /** A signed-in session ends after this long without a request or a refresh. */
  @Type(() => Number)
  @IsInt()
  @Min(2)
  @Max(86_400)
  SESSION_IDLE_TIMEOUT_SECONDS = 1800;

  /** A signed-in session ends this long after sign-in, however often it is used or refreshed. */
  @Type(() => Number)
  @IsInt()
  @Min(2)
  @Max(30 * 86_400)
  SESSION_MAX_LIFETIME_SECONDS = 43_200;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(72)
  INVITATION_TTL_HOURS = 72;
}

/** E-mail delivery from the outbox. */
export class MailVariables {
  /** e.g. smtp://user:pass@smtp.example.org:587; unset logs messages instead of sending. */
  @IsOptional()
  @IsUrl({ protocols: ['smtp', 'smtps'], require_tld: false })
  SMTP_URL?: string;

  @IsString()
  MAIL_FROM = 'Safeguard Hub <no-reply@safeguard-hub.local>';

  /** Public address of the portal, used in links inside e-mails. */
  @IsString()
  PUBLIC_URL = 'http://localhost:3000';
}

/** Scale-out: socket.io traffic between api instances. */
export class RedisVariables {
  @IsOptional()
  @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false })
  REDIS_URL?: string;

  /**
   * The Redis stream the instances of one deployment share. Two deployments (or two test runs) on
   * one Redis need different names, or each reads the other's traffic.
   */
  @IsString()
  @Matches(/^[\w:.-]{1,100}$/)
  SOCKET_STREAM_NAME = 'safeguard:socket.io';
}

/** GraphQL limits. */
export class GraphqlVariables {
  @Type(() => Number)
  @IsInt()
  @Min(3)
  @Max(30)
  GRAPHQL_MAX_DEPTH = 10;

  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(100000)
  GRAPHQL_MAX_COST = 5000;
}

/** Files attached to concerns. */
export class AttachmentVariables {
  /** Where the files are kept; unset means `<DATA_DIR>/attachments`. */
  @IsOptional()
  @IsString()
  ATTACHMENTS_DIR?: string;

  /** The largest file accepted, in bytes (default 10 MiB). */
  @Type(() => Number)
  @IsInt()
  @Min(1024)
  @Max(50 * 1024 * 1024)
  ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

  /** The largest GIAS establishment CSV an administrator may upload, in bytes (default 200 MiB; the full export is about 60). */
  @Type(() => Number)
  @IsInt()
  @Min(1024)
  @Max(1024 * 1024 * 1024)
  GIAS_IMPORT_MAX_BYTES = 200 * 1024 * 1024;
}

/** Encryption of sensitive fields (narratives about children and adults, DBS certificate numbers). */
export class EncryptionVariables {
  /**
   * `id:key,id:key`: 32 random bytes each, base64; the first encrypts, all decrypt (see README,
   * Data at rest). Required in production, unless FIELD_ENCRYPTION_KEY is given.
   */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.replace(/\s+/g, '') : value))
  @Matches(/^[A-Za-z0-9-]{1,16}:[A-Za-z0-9+/_-]{43}=?(,[A-Za-z0-9-]{1,16}:[A-Za-z0-9+/_-]{43}=?)*$/, {
    message: 'FIELD_ENCRYPTION_KEYS must be id:key pairs separated by commas, each key 32 bytes base64-encoded, each id 1-16 letters, digits or dashes',
  })
  FIELD_ENCRYPTION_KEYS?: string;

  /** The single key of the first version, read as key id k1. Otherwise generated into DATA_DIR outside production. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9+/_-]{43}=?$/, { message: 'FIELD_ENCRYPTION_KEY must be 32 bytes, base64-encoded' })
  FIELD_ENCRYPTION_KEY?: string;
}

/** The HTTP edge: proxies in front of the api. */
export class HttpVariables {
  /** Proxies (load balancer, ingress) in front of the api whose X-Forwarded-For is trusted; 0 uses the socket's address. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(5)
  TRUST_PROXY_HOPS = 0;
}

/** Rate limits: unset means the defaults in libs/rate-limits/src/rate-limits.ts (RATE_LIMITS). */
export class RateLimitVariables {
  /** Sign-in attempts (login, code entry) per account per window. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  RATE_LIMIT_SIGN_IN_PER_ACCOUNT?: number;

  /** Sign-in attempts per client address per window. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  RATE_LIMIT_SIGN_IN_PER_ADDRESS?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(86400)
  RATE_LIMIT_SIGN_IN_WINDOW_SECONDS?: number;

  /** Mutations (and REST writes) per account, or per address when signed out, per window. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  RATE_LIMIT_MUTATIONS_PER_ACCOUNT?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(86400)
  RATE_LIMIT_MUTATIONS_WINDOW_SECONDS?: number;

  /** Prefix of the counters' keys in Redis (lets instances of several deployments share one Redis). */
  @IsString()
  RATE_LIMIT_KEY_PREFIX = 'safeguard:rate:';
}
