import type { FieldError } from '../layout/error-summary';

/** The api's own limits (libs/accounts password rules): checked here first, so the common mistakes show at once. */
export const PASSWORD_LENGTH = { min: 12, max: 128 } as const;

/** A new password and its confirmation, as the person types: the checks that need no server. */
export function checkNewPassword(password: string, confirmation: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!password) errors.push({ field: 'password', message: 'Enter a new password' });
  else if (password.length < PASSWORD_LENGTH.min) errors.push({ field: 'password', message: `Password must be ${PASSWORD_LENGTH.min} characters or more` });
  else if (password.length > PASSWORD_LENGTH.max) errors.push({ field: 'password', message: `Password must be ${PASSWORD_LENGTH.max} characters or fewer` });
  if (password && confirmation !== password) errors.push({ field: 'confirmation', message: 'The passwords do not match' });
  return errors;
}

/** A server refusal on the invitation or reset link, in words, on the field it concerns. */
export function newPasswordRefusal(field: string | undefined, message: string): FieldError {
  if (field === 'password' || field === 'newPassword') return { field: 'password', message };
  if (field === 'token') return { field: 'password', message };
  return { field: 'password', message: 'Sorry, that did not work. Try again later' };
}
