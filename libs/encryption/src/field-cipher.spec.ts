import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppConfig } from '@safeguard/config';
import { FieldCipher } from './field-cipher';

describe('FieldCipher', () => {
  const config = new AppConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'cipher-')) });
  const cipher = new FieldCipher(config);

  it('round-trips, with a fresh nonce each time, and never stores the plain value', () => {
    const a = cipher.encrypt('001234567890', 'dbs');
    const b = cipher.encrypt('001234567890', 'dbs');
    expect(a).not.toBe(b);
    expect(a).not.toContain('001234567890');
    expect(cipher.decrypt(a, 'dbs')).toBe('001234567890');
  });

  it('refuses a tampered value, another column’s value, or another key', () => {
    const stored = cipher.encrypt('001234567890', 'dbs');
    const tampered = stored.slice(0, -2) + (stored.endsWith('A') ? 'BB' : 'AA');
    expect(() => cipher.decrypt(tampered, 'dbs')).toThrow();
    expect(() => cipher.decrypt(stored, 'other')).toThrow();
    const other = new FieldCipher(new AppConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'cipher-')) }));
    expect(() => other.decrypt(stored, 'dbs')).toThrow();
  });

  it('keeps the generated key, so a restart reads what was written', () => {
    const again = new FieldCipher(config);
    expect(again.decrypt(cipher.encrypt('x', 'dbs'), 'dbs')).toBe('x');
  });
});
