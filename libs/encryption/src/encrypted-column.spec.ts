import { randomBytes } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { FieldTransformer } from './encrypted-column';
import { FieldKeyring } from './field-keyring';
import { installFieldKeyring } from './installed-keyring';

describe('FieldTransformer', () => {
  const k1 = { id: 'k1', key: randomBytes(32) };
  beforeEach(() => installFieldKeyring(new FieldKeyring([k1])));

  it('encrypts strings on write, leaves null and find operators alone, and decrypts on read', () => {
    const column = new FieldTransformer('register_visits.notes');
    const stored = column.to('Seen at home') as string;
    expect(stored).toMatch(/^v2:k1:/);
    expect(column.from(stored)).toBe('Seen at home');
    expect(column.to(null)).toBeNull();
    expect(column.from(null)).toBeNull();
    const operator = IsNull();
    expect(column.to(operator)).toBe(operator);
  });

  it('reads plain text from before encryption as it is', () => {
    expect(new FieldTransformer('register_visits.notes').from('Seen at home')).toBe('Seen at home');
  });

  it('fails a read it cannot decrypt, unless told to read it as null', () => {
    const stored = new FieldTransformer('governance_checks.reference').to('001234567890') as string;
    installFieldKeyring(new FieldKeyring([{ id: 'k2', key: randomBytes(32) }]));
    expect(() => new FieldTransformer('governance_checks.reference').from(stored)).toThrow(/key k1, which is not configured/);
    const lenient = new FieldTransformer('governance_checks.reference', { unreadableAsNull: true });
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    expect(lenient.from(stored)).toBeNull();
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('governance_checks.reference'));
  });

  it('refuses a value moved from another column', () => {
    const stored = new FieldTransformer('concerns.account').to('words') as string;
    expect(() => new FieldTransformer('pressure_reports.account').from(stored)).toThrow();
  });
});
