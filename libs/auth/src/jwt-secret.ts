import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig } from '@safeguard/config';

/**
 * JWT_SECRET from configuration; outside production, a random one kept in the data directory
 * so every local api instance and restart accepts the same tokens.
 */
export function resolveJwtSecret(config: AppConfig): string {
  if (config.auth.JWT_SECRET) return config.auth.JWT_SECRET;
  const file = join(config.app.DATA_DIR, 'jwt-secret');
  if (!existsSync(file)) {
    mkdirSync(config.app.DATA_DIR, { recursive: true });
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' });
  }
  return readFileSync(file, 'utf8').trim();
}
