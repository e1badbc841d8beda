import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig } from '@safeguard/config';
import { FieldKey, FieldKeyring, LEGACY_KEY_ID } from './field-keyring';

const KEY_FILE = 'field-encryption-key';
const decode = (text: string) => Buffer.from(text, text.includes('-') || text.includes('_') ? 'base64url' : 'base64');

/** Outside production: the key generated once into the data directory, so a restart reads what was written. */
function generatedKey(dataDir: string): Buffer {
  const file = join(dataDir, KEY_FILE);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process on the same data directory wrote it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return decode(readFileSync(file, 'utf8').trim());
}

/**
 * The keys, in order: FIELD_ENCRYPTION_KEYS (`id:base64key,...`, the first writes), then
 * FIELD_ENCRYPTION_KEY as `k1` (the single key of the first version) unless k1 is listed. Outside
 * production with neither, or to keep reading a development database, the generated key is k1.
 * In production the configuration refuses to load without a key (AppConfig), so no key is ever
 * generated there.
 */
export function fieldKeysFromConfig(config: AppConfig): FieldKey[] {
  const { FIELD_ENCRYPTION_KEYS: list, FIELD_ENCRYPTION_KEY: single } = config.encryption;
  const keys: FieldKey[] = (list ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const at = entry.indexOf(':');
      return { id: entry.slice(0, at), key: decode(entry.slice(at + 1)) };
    });
  const legacy = keys.find((k) => k.id === LEGACY_KEY_ID);
  if (single) {
    const key = decode(single);
    if (legacy && !legacy.key.equals(key)) throw new Error('FIELD_ENCRYPTION_KEY and the k1 of FIELD_ENCRYPTION_KEYS differ');
    if (!legacy) keys.push({ id: LEGACY_KEY_ID, key });
  } else if (!legacy && !config.isProduction && (keys.length === 0 || existsSync(join(config.app.DATA_DIR, KEY_FILE)))) {
    keys.push({ id: LEGACY_KEY_ID, key: generatedKey(config.app.DATA_DIR) });
  }
  if (keys.length === 0) throw new Error('FIELD_ENCRYPTION_KEYS: required when NODE_ENV=production');
  return keys;
}

export const keyringFromConfig = (config: AppConfig) => new FieldKeyring(fieldKeysFromConfig(config));
