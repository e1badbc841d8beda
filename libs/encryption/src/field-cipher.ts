import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@safeguard/config';

const VERSION = 'v1';

/** FIELD_ENCRYPTION_KEY, or outside production one generated once into the data directory. */
function resolveKey(config: AppConfig): Buffer {
  const configured = config.encryption.FIELD_ENCRYPTION_KEY;
  if (configured) return Buffer.from(configured, configured.includes('-') || configured.includes('_') ? 'base64url' : 'base64');
  const file = join(config.app.DATA_DIR, 'field-encryption-key');
  if (!existsSync(file)) {
    mkdirSync(config.app.DATA_DIR, { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process on the same data directory wrote it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
}

/**
 * Encrypts single fields (a DBS certificate number) with AES-256-GCM before they reach the
 * database, so a SQL read, a backup or a replica never shows them in the clear. Each value has
 * its own random nonce; the stored text is `v1:<nonce>:<tag>:<ciphertext>` (base64url), and the
 * column's name is bound in as associated data, so a value copied into another column fails.
 */
@Injectable()
export class FieldCipher {
  private readonly key: Buffer;

  constructor(config: AppConfig) {
    this.key = resolveKey(config);
    if (this.key.length !== 32) throw new Error('FIELD_ENCRYPTION_KEY must be 32 bytes');
  }

  encrypt(plain: string, context: string): string {
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, nonce);
    cipher.setAAD(Buffer.from(context));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [VERSION, nonce, cipher.getAuthTag(), body].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join(':');
  }

  decrypt(stored: string, context: string): string {
    const [version, nonce, tag, body] = stored.split(':');
    if (version !== VERSION || !nonce || !tag || body === undefined) throw new Error('Not a value this cipher wrote');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(nonce, 'base64url'), { authTagLength: 16 });
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }
}
