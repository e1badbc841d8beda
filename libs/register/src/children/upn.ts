/**
 * Unique pupil numbers (DfE, "Unique pupil numbers (UPN)": 13 characters, a check letter then
 * 12 characters; a temporary UPN ends in a letter). The check letter is the weighted sum of
 * characters 2–13 (weights 2–13) modulo 23, looked up in the 23 letters without I, O and S.
 */
const CHECK_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

export function normaliseUpn(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

export function isValidUpn(value: string): boolean {
  const upn = normaliseUpn(value);
  if (!/^[A-Z]\d{11}[0-9A-Z]$/.test(upn)) return false;
  return upn[0] === upnCheckLetter(upn.slice(1));
}

/** The check letter for the 12 characters after it. */
export function upnCheckLetter(body: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const c = body[i];
    const value = /\d/.test(c) ? Number(c) : CHECK_LETTERS.indexOf(c);
    if (value < 0) return '?';
    sum += value * (i + 2);
  }
  return CHECK_LETTERS[sum % 23];
}
