import { describe, expect, it } from 'vitest';
import { checkNewPassword, newPasswordRefusal } from './new-password-form';

describe('checkNewPassword', () => {
  it('asks for a password, a long enough one, and a matching confirmation', () => {
    expect(checkNewPassword('', '')).toEqual([{ field: 'password', message: 'Enter a new password' }]);
    expect(checkNewPassword('short', 'short')[0].message).toBe('Password must be 12 characters or more');
    expect(checkNewPassword('long enough passphrase', 'long enough passfrase')).toEqual([{ field: 'confirmation', message: 'The passwords do not match' }]);
    expect(checkNewPassword('long enough passphrase', 'long enough passphrase')).toEqual([]);
  });

  it('puts the server’s words on the password field', () => {
    expect(newPasswordRefusal('newPassword', 'Choose a less common password')).toEqual({ field: 'password', message: 'Choose a less common password' });
    expect(newPasswordRefusal(undefined, 'boom').message).toBe('Sorry, that did not work. Try again later');
  });
});
