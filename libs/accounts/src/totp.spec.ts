import { SIGN_IN_RULES } from './sign-in.rules';
import { matchTotp, newRecoveryCode, newTotpSecret, recoveryCodeHash, totpCodeAt, totpStepAt } from './totp';

const SECRET = 'SAFEGUARDHUBDEMOONLYNOTASECRET22';
const now = () => Date.now() / 1000;

describe('TOTP', () => {
  it('accepts the code of this step and of the steps either side, and says which step matched', async () => {
    const step = totpStepAt(now());
    for (const offset of [-1, 0, 1]) {
      const code = totpCodeAt(SECRET, (step + offset) * SIGN_IN_RULES.totpPeriodSeconds + 1);
      // Near a step boundary the window moves; allow the neighbouring answer then.
      expect([step + offset - 1, step + offset, step + offset + 1]).toContain(await matchTotp(SECRET, code, null));
    }
  });

  it('refuses a code two steps away, a wrong one, and one of a step already used', async () => {
    const step = totpStepAt(now());
    expect(await matchTotp(SECRET, totpCodeAt(SECRET, (step - 3) * 30), null)).toBeNull();
    expect(await matchTotp(SECRET, 'abcdef', null)).toBeNull();
    const code = totpCodeAt(SECRET, now());
    const matched = await matchTotp(SECRET, code, null);
    expect(matched).not.toBeNull();
    expect(await matchTotp(SECRET, code, matched)).toBeNull();
  });

  it('makes 160-bit base32 secrets and 80-bit recovery codes whose hash ignores case and dashes', () => {
    expect(newTotpSecret()).toMatch(/^[A-Z2-7]{32}$/);
    const code = newRecoveryCode();
    expect(code).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/);
    expect(recoveryCodeHash(code.toLowerCase().replace(/-/g, ' '))).toBe(recoveryCodeHash(code));
    expect(new Set(Array.from({ length: 50 }, newRecoveryCode)).size).toBe(50);
  });
});
