import type { FieldError } from '../layout/error-summary';

/** The figures of a termly safeguarding return as typed (strings), and whether checks are complete. */
export interface ReturnDraft {
  governanceChecksComplete: string;
  staffHeadcount: string;
  staffPreventTrained: string;
  deletionsFromRoll: string;
  deletionsWithKnownDestination: string;
  preventReferrals: string;
}

/** The api's bounds (PREVENT_RULES): a typo with an extra nought is refused rather than reported. */
export const RETURN_LIMITS = { maxStaffHeadcount: 5_000, maxPupilFigure: 20_000 };

/** A whole number from what was typed, or null ("12" → 12; "", "1.5", "-1", "ten" → null). */
export function wholeNumber(text: string): number | null {
  const t = text.trim();
  return /^\d+$/.test(t) ? Number(t) : null;
}

const NUMBER_FIELDS: Array<[keyof ReturnDraft, string, number, number]> = [
  ['staffHeadcount', 'the number of staff', 1, RETURN_LIMITS.maxStaffHeadcount],
  ['staffPreventTrained', 'how many staff have Prevent training', 0, RETURN_LIMITS.maxStaffHeadcount],
  ['deletionsFromRoll', 'how many pupils were deleted from the roll', 0, RETURN_LIMITS.maxPupilFigure],
  ['deletionsWithKnownDestination', 'how many of those have a known destination', 0, RETURN_LIMITS.maxPupilFigure],
  ['preventReferrals', 'how many Prevent referrals the school made', 0, RETURN_LIMITS.maxPupilFigure],
];

/** The return's errors, each linked to its field, in the order of the form. */
export function returnErrors(d: ReturnDraft): FieldError[] {
  const errors: FieldError[] = [];
  if (!d.governanceChecksComplete) errors.push({ field: 'governanceChecksComplete', message: 'Select whether suitability checks are complete for everyone who governs the school' });
  for (const [field, words, min, max] of NUMBER_FIELDS) {
    const n = wholeNumber(d[field]);
    if (d[field].trim() === '') errors.push({ field, message: `Enter ${words}` });
    else if (n === null) errors.push({ field, message: `Enter ${words} as a whole number, like 12` });
    else if (n < min || n > max) errors.push({ field, message: `Enter ${words} between ${min} and ${max.toLocaleString('en-GB')}` });
  }
  const staff = wholeNumber(d.staffHeadcount);
  const trained = wholeNumber(d.staffPreventTrained);
  if (staff !== null && trained !== null && trained > staff && !errors.some((e) => e.field === 'staffPreventTrained')) {
    errors.push({ field: 'staffPreventTrained', message: 'Staff with Prevent training cannot be more than the staff at the school' });
  }
  const deletions = wholeNumber(d.deletionsFromRoll);
  const known = wholeNumber(d.deletionsWithKnownDestination);
  if (deletions !== null && known !== null && known > deletions && !errors.some((e) => e.field === 'deletionsWithKnownDestination')) {
    errors.push({ field: 'deletionsWithKnownDestination', message: 'Pupils with a known destination cannot be more than the pupils deleted from the roll' });
  }
  return errors;
}
