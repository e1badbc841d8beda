import { describe, expect, it } from 'vitest';
import { checkSignInForm, signInRefusal } from './sign-in-form';

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
