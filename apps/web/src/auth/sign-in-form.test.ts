import { describe, expect, it } from 'vitest';
import { checkCodeForm, checkSignInForm, codeRefusal, signInRefusal } from './sign-in-form';

describe('sign-in form', () => {
  it('asks for both fields', () => {
    expect(checkSignInForm('', '').map((e) => e.field)).toEqual(['email', 'password']);
  });

  it('refuses an address without a domain', () => {
    expect(checkSignInForm('head1', 'x')[0].message).toMatch(/correct format/);
  });

  it('accepts a well-formed address and a password', () => {
    expect(checkSignInForm(' head1@demo.test ', 'secret')).toEqual([]);
  });

  it('says the same for a wrong e-mail or password', () => {
    expect(signInRefusal('INVALID_CREDENTIALS').message).toBe(signInRefusal(undefined).message);
    expect(signInRefusal('ACCOUNT_LOCKED').message).toMatch(/locked/);
  });
});

describe('security code step', () => {
  it('asks for a code of six digits or a recovery code', () => {
    expect(checkCodeForm('')[0].field).toBe('code');
    expect(checkCodeForm('12345')[0].message).toMatch(/6-digit/);
    expect(checkCodeForm(' 123456 ')).toEqual([]);
    expect(checkCodeForm('ABCD-EFGH-JKMN-PQRS')).toEqual([]);
  });

  it('words a used code and an expired sign-in apart from a wrong code', () => {
    expect(codeRefusal('CODE_REPLAYED').message).toMatch(/used/);
    expect(codeRefusal('CHALLENGE_INVALID').field).toBe('email');
    expect(codeRefusal('INVALID_CODE').message).toBe('Enter a correct security code');
  });
});
