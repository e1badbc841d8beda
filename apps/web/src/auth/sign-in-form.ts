import type { FieldError } from '../layout/error-summary';

/** The sign-in form's own checks, before anything goes to the server. */
export function checkSignInForm(email: string, password: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!email.trim()) errors.push({ field: 'email', message: 'Enter your email address' });
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) {
    errors.push({ field: 'email', message: 'Enter an email address in the correct format, like name@example.com' });
  }
  if (!password) errors.push({ field: 'password', message: 'Enter your password' });
  return errors;
}

/** The code step's own check: six digits from the app, or a recovery code. */
export function checkCodeForm(code: string): FieldError[] {
  const trimmed = code.trim();
  if (!trimmed) return [{ field: 'code', message: 'Enter the security code from your authenticator app' }];
  if (!/^\d{6}$/.test(trimmed) && !/^[A-Za-z0-9]{4}([ -]?[A-Za-z0-9]{4}){3}$/.test(trimmed)) {
    return [{ field: 'code', message: 'Enter the 6-digit code from your authenticator app, or a recovery code' }];
  }
  return [];
}

/** The code step's refusals in words; an ended challenge sends the user back to the password. */
export function codeRefusal(reason: string | undefined): FieldError {
  switch (reason) {
    case 'CODE_REPLAYED':
      return { field: 'code', message: 'That code has been used. Wait for the next code and enter it' };
    case 'CHALLENGE_INVALID':
      return { field: 'email', message: 'Your sign-in has expired. Enter your email address and password again' };
    case 'ACCOUNT_LOCKED':
      return { field: 'email', message: 'Your account is locked after too many attempts. Try again later' };
    default:
      return { field: 'code', message: 'Enter a correct security code' };
  }
}

/** The api's refusal reasons in words; a wrong e-mail and a wrong password read the same. */
export function signInRefusal(reason: string | undefined): FieldError {
  switch (reason) {
    case 'ACCOUNT_LOCKED':
      return { field: 'email', message: 'Your account is locked after too many attempts. Try again later' };
    case 'ACCOUNT_NOT_ACTIVE':
      return { field: 'email', message: 'Your account is not active. Ask your administrator' };
    default:
      return { field: 'email', message: 'Enter a correct email address and password' };
  }
}
