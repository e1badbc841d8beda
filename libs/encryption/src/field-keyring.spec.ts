import 'reflect-metadata';
import { createCipheriv, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppConfig } from '@safeguard/config';
import { FieldCipher } from './field-cipher';
import { fieldKeysFromConfig, keyringFromConfig } from './field-keys';
import { FieldDecryptionError, FieldKeyring } from './field-keyring';

const key = () => randomBytes(32);
const dataDir = () => mkdtempSync(join(tmpdir(), 'keyring-'));

/** What the first version wrote: `v1:<nonce>:<tag>:<ciphertext>` under the single key. */
function v1(plain: string, context: string, k: Buffer): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', k, nonce);
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', nonce, cipher.getAuthTag(), body].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join(':');
}

describe('FieldKeyring', () => {
  const k1 = key();
  const k2 = key();

  it('round-trips under the first key, with a fresh nonce each time, and never stores the plain value', () => {
    const ring = new FieldKeyring([{ id: 'k1', key: k1 }]);
    const a = ring.encrypt('Told her teacher about the bruises', 'concerns.account');
    const b = ring.encrypt('Told her teacher about the bruises', 'concerns.account');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^v2:k1:/);
    expect(a).not.toContain('bruises');
    expect(ring.decrypt(a, 'concerns.account')).toBe('Told her teacher about the bruises');
    expect(ring.decrypt(ring.encrypt('', 'c.x'), 'c.x')).toBe('');
  });

  it('writes under a new first key and still reads values under the old one', () => {
    const before = new FieldKeyring([{ id: 'k1', key: k1 }]);
    const old = before.encrypt('seen alone', 'register_visits.notes');
    const after = new FieldKeyring([{ id: '2026-11', key: k2 }, { id: 'k1', key: k1 }]);
    expect(after.activeKeyId).toBe('2026-11');
    expect(after.keyIdOf(old)).toBe('k1');
    expect(after.decrypt(old, 'register_visits.notes')).toBe('seen alone');
    const fresh = after.encrypt('seen alone', 'register_visits.notes');
    expect(after.keyIdOf(fresh)).toBe('2026-11');
    // Once the old key is dropped, its values cannot be read: keys:rotate must run first.
    const dropped = new FieldKeyring([{ id: '2026-11', key: k2 }]);
    expect(() => dropped.decrypt(old, 'register_visits.notes')).toThrow(/key k1, which is not configured/);
    expect(dropped.decrypt(fresh, 'register_visits.notes')).toBe('seen alone');
  });

  it('reads the first version’s v1 values as key k1', () => {
    const stored = v1('001234567890', 'governance_checks.reference', k1);
    const ring = new FieldKeyring([{ id: 'k2', key: k2 }, { id: 'k1', key: k1 }]);
    expect(ring.keyIdOf(stored)).toBe('k1');
    expect(ring.decrypt(stored, 'governance_checks.reference')).toBe('001234567890');
  });

  it('refuses a tampered value, another column’s value, a swapped key id, or another key', () => {
    const ring = new FieldKeyring([{ id: 'k2', key: k2 }, { id: 'k1', key: k1 }]);
    const stored = ring.encrypt('the father threatened staff', 'pressure_reports.account');
    const parts = stored.split(':');
    const body = Buffer.from(parts[4], 'base64url');
    body[0] ^= 1;
    const tampered = [...parts.slice(0, 4), body.toString('base64url')].join(':');
    expect(() => ring.decrypt(tampered, 'pressure_reports.account')).toThrow(FieldDecryptionError);
    expect(() => ring.decrypt(stored, 'pressure_reports.involved')).toThrow(FieldDecryptionError);
    expect(() => ring.decrypt(stored.replace('v2:k2:', 'v2:k1:'), 'pressure_reports.account')).toThrow(FieldDecryptionError);
    const stranger = new FieldKeyring([{ id: 'k2', key: key() }]);
    expect(() => stranger.decrypt(stored, 'pressure_reports.account')).toThrow(FieldDecryptionError);
    expect(() => ring.decrypt('plain words', 'pressure_reports.account')).toThrow(FieldDecryptionError);
  });

  it('reads plain text left from before encryption as it is, and knows it is not under any key', () => {
    const ring = new FieldKeyring([{ id: 'k1', key: k1 }]);
    expect(ring.keyIdOf('Mother phoned: v2 of the plan')).toBeNull();
    expect(ring.open('Mother phoned: v2 of the plan', 'c.x')).toBe('Mother phoned: v2 of the plan');
  });

  it('hashes for exact lookups with a derived key: stable, per column, and matched under every key', () => {
    const ring = new FieldKeyring([{ id: 'k1', key: k1 }]);
    const hash = ring.lookupHash('001234567890', 'governance_checks.reference');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(ring.lookupHash('001234567890', 'governance_checks.reference')).toBe(hash);
    expect(ring.lookupHash('001234567890', 'other.column')).not.toBe(hash);
    const rotated = new FieldKeyring([{ id: 'k2', key: k2 }, { id: 'k1', key: k1 }]);
    expect(rotated.lookupHash('001234567890', 'governance_checks.reference')).not.toBe(hash);
    expect(rotated.lookupHashes('001234567890', 'governance_checks.reference')).toContain(hash);
  });

  it('refuses bad keys: none, a short one, a duplicate id, an unsafe id', () => {
    expect(() => new FieldKeyring([])).toThrow();
    expect(() => new FieldKeyring([{ id: 'k1', key: randomBytes(16) }])).toThrow(/32 bytes/);
    expect(() => new FieldKeyring([{ id: 'k1', key: k1 }, { id: 'k1', key: k2 }])).toThrow(/twice/);
    expect(() => new FieldKeyring([{ id: 'k_1', key: k1 }])).toThrow(/letters, digits or dashes/);
  });
});

describe('keys from the configuration', () => {
  const b64 = (k: Buffer) => k.toString('base64');

  it('takes FIELD_ENCRYPTION_KEYS in order, the first writing, and FIELD_ENCRYPTION_KEY as k1', () => {
    const [a, b, c] = [key(), key(), key()];
    const config = new AppConfig({
      DATA_DIR: dataDir(),
      FIELD_ENCRYPTION_KEYS: `k3:${b64(a)}, k2:${b.toString('base64url')}`,
      FIELD_ENCRYPTION_KEY: b64(c),
    });
    expect(fieldKeysFromConfig(config)).toEqual([{ id: 'k3', key: a }, { id: 'k2', key: b }, { id: 'k1', key: c }]);
    expect(keyringFromConfig(config).activeKeyId).toBe('k3');
  });

  it('refuses a malformed list, and a k1 that contradicts FIELD_ENCRYPTION_KEY', () => {
    expect(() => new AppConfig({ FIELD_ENCRYPTION_KEYS: 'k2' })).toThrow(/FIELD_ENCRYPTION_KEYS must be/);
    expect(() => new AppConfig({ FIELD_ENCRYPTION_KEYS: `k_2:${b64(key())}` })).toThrow(/FIELD_ENCRYPTION_KEYS must be/);
    const config = new AppConfig({ DATA_DIR: dataDir(), FIELD_ENCRYPTION_KEYS: `k1:${b64(key())}`, FIELD_ENCRYPTION_KEY: b64(key()) });
    expect(() => fieldKeysFromConfig(config)).toThrow(/differ/);
  });

  it('refuses to start in production without a key', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), DATA_DIR: dataDir() };
    expect(() => new AppConfig(production)).toThrow(/FIELD_ENCRYPTION_KEYS: required when NODE_ENV=production/);
    expect(() => new AppConfig({ ...production, FIELD_ENCRYPTION_KEYS: `p1:${b64(key())}` })).not.toThrow();
    expect(() => new AppConfig({ ...production, FIELD_ENCRYPTION_KEY: b64(key()) })).not.toThrow();
  });

  it('outside production generates k1 once into DATA_DIR, so a restart reads what was written', () => {
    const config = new AppConfig({ DATA_DIR: dataDir() });
    const first = new FieldCipher(config);
    const again = new FieldCipher(config);
    expect(first.keyring.activeKeyId).toBe('k1');
    expect(again.decrypt(first.encrypt('x', 'c.x'), 'c.x')).toBe('x');
    // Adding a configured key later keeps the generated one readable.
    const next = keyringFromConfig(new AppConfig({ DATA_DIR: config.app.DATA_DIR, FIELD_ENCRYPTION_KEYS: `k2:${b64(key())}` }));
    expect(next.keyIds).toEqual(['k2', 'k1']);
    expect(next.decrypt(first.encrypt('x', 'c.x'), 'c.x')).toBe('x');
  });
});
