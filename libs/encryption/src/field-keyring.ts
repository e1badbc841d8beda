import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/** One AES-256 key and the id stored beside every value it encrypts. */
export interface FieldKey {
  readonly id: string;
  readonly key: Buffer;
}

/** Key ids are short and safe inside the envelope and in a SQL prefix comparison. */
export const KEY_ID_PATTERN = /^[A-Za-z0-9-]{1,16}$/;
/** The id values of the first envelope (`v1:`, one key per deployment) are read under. */
export const LEGACY_KEY_ID = 'k1';

const B64URL = '[A-Za-z0-9_-]';
// nonce: 12 bytes (16 chars); tag: 16 bytes (22 chars); body may be empty (an empty string).
const V2 = new RegExp(`^v2:([A-Za-z0-9-]{1,16}):(${B64URL}{16}):(${B64URL}{22}):(${B64URL}*)$`);
const V1 = new RegExp(`^v1:(${B64URL}{16}):(${B64URL}{22}):(${B64URL}*)$`);

interface Envelope {
  keyId: string;
  nonce: string;
  tag: string;
  body: string;
}

function parse(stored: string): Envelope | null {
  const v2 = V2.exec(stored);
  if (v2) return { keyId: v2[1], nonce: v2[2], tag: v2[3], body: v2[4] };
  const v1 = V1.exec(stored);
  if (v1) return { keyId: LEGACY_KEY_ID, nonce: v1[1], tag: v1[2], body: v1[3] };
  return null;
}

/** Thrown when a value cannot be read: unknown key, tampering, or a value moved from another column. */
export class FieldDecryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FieldDecryptionError';
  }
}

/**
 * The keys fields are encrypted with (AES-256-GCM). The first key writes; every key reads, so a
 * new key can be put first and the old values re-encrypted later (`npm run keys:rotate`) while the
 * application keeps running. A stored value is `v2:<keyId>:<nonce>:<tag>:<ciphertext>` (base64url);
 * the context (`table.column`) is bound in as associated data, so a value copied into another
 * column fails to decrypt rather than showing up there.
 */
export class FieldKeyring {
  private readonly byId: ReadonlyMap<string, Buffer>;
  private readonly hashKeys: ReadonlyMap<string, Buffer>;
  readonly activeKeyId: string;

  constructor(keys: readonly FieldKey[]) {
    if (keys.length === 0) throw new Error('Field encryption needs at least one key');
    const byId = new Map<string, Buffer>();
    for (const { id, key } of keys) {
      if (!KEY_ID_PATTERN.test(id)) throw new Error(`Field encryption key id "${id}" must be 1-16 letters, digits or dashes`);
      if (key.length !== 32) throw new Error(`Field encryption key ${id} must be 32 bytes`);
      if (byId.has(id)) throw new Error(`Field encryption key id ${id} is given twice`);
      byId.set(id, key);
    }
    this.byId = byId;
    // The lookup hash has a key of its own, derived, so that a hash never reveals anything about
    // the encryption key and the two uses cannot be confused.
    this.hashKeys = new Map(keys.map(({ id, key }) => [id, Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'safeguard-hub field lookup hash', 32))]));
    this.activeKeyId = keys[0].id;
  }

  get keyIds(): string[] {
    return [...this.byId.keys()];
  }

  encrypt(plain: string, context: string): string {
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.byId.get(this.activeKeyId)!, nonce);
    cipher.setAAD(Buffer.from(context));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v2', this.activeKeyId, ...[nonce, cipher.getAuthTag(), body].map((p) => p.toString('base64url'))].join(':');
  }

  decrypt(stored: string, context: string): string {
    const envelope = parse(stored);
    if (!envelope) throw new FieldDecryptionError('Not a value this keyring wrote');
    const key = this.byId.get(envelope.keyId);
    if (!key) throw new FieldDecryptionError(`Encrypted with key ${envelope.keyId}, which is not configured (FIELD_ENCRYPTION_KEYS)`);
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(envelope.nonce, 'base64url'), { authTagLength: 16 });
      decipher.setAAD(Buffer.from(context));
      decipher.setAuthTag(Buffer.from(envelope.tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(envelope.body, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      throw new FieldDecryptionError(`A value of ${context} under key ${envelope.keyId} failed its integrity check`);
    }
  }

  /** The key a stored value is under, or null for a value written before encryption (plain text). */
  keyIdOf(stored: string): string | null {
    return parse(stored)?.keyId ?? null;
  }

  /** Reads a stored value that may still be plain text from before encryption. */
  open(stored: string, context: string): string {
    return parse(stored) ? this.decrypt(stored, context) : stored;
  }

  /** The keyed hash (HMAC-SHA256, hex) exact lookups match on, under the active key. */
  lookupHash(value: string, context: string): string {
    return this.hashUnder(this.activeKeyId, value, context);
  }

  /** The hash under every key: rows written before a rotation was finished still match. */
  lookupHashes(value: string, context: string): string[] {
    return this.keyIds.map((id) => this.hashUnder(id, value, context));
  }

  private hashUnder(keyId: string, value: string, context: string): string {
    return createHmac('sha256', this.hashKeys.get(keyId)!).update(context).update('\0').update(value, 'utf8').digest('hex');
  }
}
