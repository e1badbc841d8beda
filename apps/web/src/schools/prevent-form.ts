import type { FieldError } from '../layout/error-summary';

/** The four themes of a school's Prevent risk assessment (Prevent duty guidance 2023), in the api's names. */
export const THEMES = [
  { key: 'riskAssessment', title: 'Risk assessment', words: 'risk assessment', hint: 'How the school judges its pupils’ risk of being drawn into terrorism, informed by the local picture.' },
  { key: 'partnership', title: 'Working in partnership', words: 'working in partnership', hint: 'With the local safeguarding partners, the Prevent lead and parents.' },
  { key: 'staffTraining', title: 'Staff training', words: 'staff training', hint: 'Staff able to recognise and act on concerns.' },
  { key: 'onlineSafety', title: 'IT and online-safety policies', words: 'IT and online-safety policies', hint: 'Filtering and monitoring of online material.' },
] as const;

export type ThemeKey = (typeof THEMES)[number]['key'];

export const RATING_LABELS: Readonly<Record<string, string>> = {
  LOW: 'Low: the school’s arrangements meet the risk',
  MEDIUM: 'Medium: actions are under way',
  HIGH: 'High: the risk needs prompt action',
};

export const RATING_WORDS: Readonly<Record<string, string>> = { LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High' };

export interface RiskAssessmentDraft {
  ratings: Record<ThemeKey, string>;
  actions: Record<ThemeKey, string>;
  overallRating: string;
  staffHeadcount: string;
  reviewedOn: string | null;
  reviewedOnTyped: boolean;
}

const MAX_TEXT = 10_000;

/** The school year a day falls in, as schools write it: 1 September 2026 to 31 August 2027 is "2026/27". */
export function schoolYearOf(isoDay: string): string {
  const year = Number(isoDay.slice(0, 4));
  const start = isoDay.slice(5) >= '09-01' ? year : year - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

export function riskAssessmentErrors(d: RiskAssessmentDraft, today: string): FieldError[] {
  const errors: FieldError[] = [];
  for (const theme of THEMES) {
    if (!d.ratings[theme.key]) errors.push({ field: `${theme.key}-rating`, message: `Select the rating for ${theme.words}` });
    const actions = d.actions[theme.key].trim();
    if (actions.length < 2) errors.push({ field: `${theme.key}-actions`, message: `Enter what the school does about ${theme.words}` });
    else if (actions.length > MAX_TEXT) errors.push({ field: `${theme.key}-actions`, message: `What the school does about ${theme.words} must be ${MAX_TEXT.toLocaleString('en-GB')} characters or fewer` });
  }
  if (!d.overallRating) errors.push({ field: 'overallRating', message: 'Select the school’s overall rating' });
  const staff = d.staffHeadcount.trim();
  if (!staff) errors.push({ field: 'staffHeadcount', message: 'Enter the number of staff at the school' });
  else if (!/^\d+$/.test(staff) || Number(staff) < 1 || Number(staff) > 5_000) {
    errors.push({ field: 'staffHeadcount', message: 'Enter the number of staff as a whole number between 1 and 5,000' });
  }
  if (!d.reviewedOn) {
    errors.push({ field: 'reviewedOn', message: d.reviewedOnTyped ? 'The review date must be a real date' : 'Enter the date the risk assessment was reviewed' });
  } else if (d.reviewedOn > today) errors.push({ field: 'reviewedOn', message: 'The review date cannot be in the future' });
  return errors;
}

/** The trainee: one of the school's DSLs by account id, or OTHER (named by hand). */
export const OTHER_TRAINEE = 'OTHER';

export interface TrainingDraft {
  trainee: string;
  staffName: string;
  staffRole: string;
  isDsl: string;
  trainedOn: string | null;
  trainedOnTyped: boolean;
  course: string;
}

export function trainingErrors(d: TrainingDraft, today: string): FieldError[] {
  const errors: FieldError[] = [];
  const other = d.trainee === OTHER_TRAINEE;
  if (!d.trainee) errors.push({ field: 'trainee', message: 'Select who was trained' });
  if (other && d.staffName.trim().length < 2) errors.push({ field: 'staffName', message: 'Enter the name of the member of staff' });
  if (d.staffRole.trim().length < 2) errors.push({ field: 'staffRole', message: 'Enter their job, for example Class teacher' });
  if (other && !d.isDsl) errors.push({ field: 'isDsl', message: 'Select whether they were trained as a designated safeguarding lead' });
  if (!d.trainedOn) {
    errors.push({ field: 'trainedOn', message: d.trainedOnTyped ? 'The training date must be a real date' : 'Enter the date they completed the training' });
  } else if (d.trainedOn > today) errors.push({ field: 'trainedOn', message: 'The training date cannot be in the future' });
  if (d.course.trim().length < 2) errors.push({ field: 'course', message: 'Enter the course, for example Home Office Prevent awareness e-learning' });
  return errors;
}
