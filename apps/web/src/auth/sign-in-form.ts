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
