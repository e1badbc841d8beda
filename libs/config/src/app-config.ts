import { join, resolve } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import {
  AppVariables,
  AttachmentVariables,
  AuthVariables,
  DatabaseVariables,
  EncryptionVariables,
  GraphqlVariables,
  HttpVariables,
  MailVariables,
  RateLimitVariables,
  RedisVariables,
} from './config.variables';

type Group<T> = new () => T;

/** Where attachment files live and how large one may be, resolved from AttachmentVariables. */
export interface AttachmentSettings {
  /** An absolute path, so that a later change of working directory cannot move the store. */
  readonly dir: string;
  readonly maxBytes: number;
  /** The largest GIAS file an administrator may upload. */
  readonly giasMaxBytes: number;
}

function readGroup<T extends object>(group: Group<T>, env: NodeJS.ProcessEnv, errors: string[]): T {
  const defined = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const instance = plainToInstance(group, defined);
  const problems: ValidationError[] = validateSync(instance as object, { forbidUnknownValues: false });
  for (const problem of problems) {
    errors.push(`${problem.property}: ${Object.values(problem.constraints ?? {}).join('; ')}`);
  }
  return instance;
}

/** The validated configuration, read once at start. */
export class AppConfig {
  readonly app: AppVariables;
  readonly database: DatabaseVariables;
  readonly auth: AuthVariables;
  readonly mail: MailVariables;
  readonly redis: RedisVariables;
  readonly graphql: GraphqlVariables;
  readonly attachments: AttachmentSettings;
  readonly encryption: EncryptionVariables;
  readonly http: HttpVariables;
  readonly rateLimits: RateLimitVariables;

  constructor(env: NodeJS.ProcessEnv = process.env) {
    const errors: string[] = [];
    this.app = readGroup(AppVariables, env, errors);
    this.database = readGroup(DatabaseVariables, env, errors);
    this.auth = readGroup(AuthVariables, env, errors);
    this.mail = readGroup(MailVariables, env, errors);
    this.redis = readGroup(RedisVariables, env, errors);
    this.graphql = readGroup(GraphqlVariables, env, errors);
    const attachments = readGroup(AttachmentVariables, env, errors);
    this.attachments = {
      dir: resolve(attachments.ATTACHMENTS_DIR ?? join(this.app.DATA_DIR, 'attachments')),
      maxBytes: attachments.ATTACHMENT_MAX_BYTES,
      giasMaxBytes: attachments.GIAS_IMPORT_MAX_BYTES,
    };
    this.encryption = readGroup(EncryptionVariables, env, errors);
    this.http = readGroup(HttpVariables, env, errors);
    this.rateLimits = readGroup(RateLimitVariables, env, errors);
    if (this.app.NODE_ENV === 'production' && !this.auth.JWT_SECRET) {
      errors.push('JWT_SECRET: required when NODE_ENV=production');
    }
    if (this.app.NODE_ENV === 'production' && !this.encryption.FIELD_ENCRYPTION_KEYS && !this.encryption.FIELD_ENCRYPTION_KEY) {
      errors.push('FIELD_ENCRYPTION_KEYS: required when NODE_ENV=production (or FIELD_ENCRYPTION_KEY, read as key k1)');
    }
    if (this.auth.SESSION_IDLE_TIMEOUT_SECONDS > this.auth.SESSION_MAX_LIFETIME_SECONDS) {
      errors.push('SESSION_IDLE_TIMEOUT_SECONDS: cannot be longer than SESSION_MAX_LIFETIME_SECONDS');
    }
    if (errors.length > 0) {
      throw new Error(`Invalid configuration:\n  ${errors.join('\n  ')}`);
    }
  }

  get isProduction(): boolean {
    return this.app.NODE_ENV === 'production';
  }

  /** Demo data is never seeded in production, whatever SEED_DEMO says. */
  get seedDemo(): boolean {
    return this.app.SEED_DEMO && !this.isProduction;
  }
}
