import { CommonException } from '@safeguard/platform';
import { assertAcceptablePassword, hashPassword, isCommonPassword, verifyPassword } from './password';

describe('password policy', () => {
  it('accepts a long passphrase that is on no list', () => {
    expect(() => assertAcceptablePassword('violet kettles hum at dawn')).not.toThrow();
    expect(isCommonPassword('violet kettles hum at dawn')).toBe(false);
  });

  it('refuses fewer than 12 or more than 128 characters', () => {
    expect(() => assertAcceptablePassword('x1y2z3w4v5u')).toThrow(CommonException);
    expect(() => assertAcceptablePassword('q'.repeat(7) + 'longenough'.repeat(13))).toThrow(/at most 128/);
  });

  it('refuses listed passwords, listed ones with digits or symbols around them, and repeats', () => {
    for (const common of ['password1234', 'QWERTYUIOP12', 'Sunshine2024!', '!!liverpool99', 'monkeymonkey', 'abababababab', 'headteacher1']) {
      expect(isCommonPassword(common)).toBe(true);
    }
    expect(() => assertAcceptablePassword('Football2024!', 'newPassword')).toThrow(/too common/);
  });

  it('hashes with argon2id at the OWASP parameters', async () => {
    const hash = await hashPassword('violet kettles hum at dawn');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(await verifyPassword(hash, 'violet kettles hum at dawn')).toBe(true);
    expect(await verifyPassword(hash, 'violet kettles hum at dusk')).toBe(false);
  });
});
