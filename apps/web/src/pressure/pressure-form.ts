import type { DateParts } from '../concerns/concern-form';
import { isoDate } from '../concerns/concern-form';
import type { CurriculumArea, PressureCategory, ReportPressureInput } from '../graphql/generated/graphql';
import type { FieldError } from '../layout/error-summary';

type YesNo = '' | 'yes' | 'no';

/** Everything the "Report intimidation or pressure" form holds, as typed (kept as typed when the api refuses). */
export interface PressureForm {
  category: '' | PressureCategory;
  curriculumArea: '' | 'NONE' | CurriculumArea;
  account: string;
  occurredOn: DateParts;
  occurredTime: string;
  location: string;
  involved: string;
  links: string;
  harm: Array<'staff' | 'pupils'>;
  harmDescription: string;
  policeTold: YesNo;
  policeReference: string;
  share: YesNo;
  shareableSummary: string;
}

export const EMPTY_PRESSURE_FORM: PressureForm = {
  category: '', curriculumArea: '', account: '', occurredOn: { day: '', month: '', year: '' }, occurredTime: '', location: '',
  involved: '', links: '', harm: [], harmDescription: '', policeTold: '', policeReference: '', share: '', shareableSummary: '',
};

/**
 * The questions the api cannot be asked without an answer (its enum and yes/no fields are required
 * in the schema, so a missing one would fail before the api's own checks could name it).
 */
export function unanswered(form: PressureForm): FieldError[] {
  const errors: FieldError[] = [];
  if (!form.category) errors.push({ field: 'category', message: 'Select what kind of intimidation or pressure it was' });
  if (!isoDate(form.occurredOn)) errors.push({ field: 'occurred-on-day', message: 'Enter the date it happened' });
  if (!form.policeTold) errors.push({ field: 'police-told', message: 'Select whether the police were told' });
  if (!form.share) errors.push({ field: 'share', message: 'Select whether other schools may see this report, anonymised' });
  return errors;
}

const text = (value: string) => (value.trim() ? value : null);

/** The report as the api takes it; call only once `unanswered` is empty. */
export function reportInput(form: PressureForm): ReportPressureInput {
  const harmed = form.harm.length > 0;
  return {
    category: form.category as PressureCategory,
    curriculumArea: form.curriculumArea && form.curriculumArea !== 'NONE' ? form.curriculumArea : null,
    account: form.account,
    occurredOn: isoDate(form.occurredOn) ?? '',
    occurredTime: text(form.occurredTime),
    location: form.location,
    involved: form.involved,
    links: form.links.split(/\s+/).filter(Boolean),
    harmToStaff: form.harm.includes('staff'),
    harmToPupils: form.harm.includes('pupils'),
    harmDescription: harmed ? text(form.harmDescription) : null,
    policeTold: form.policeTold === 'yes',
    policeReference: form.policeTold === 'yes' ? text(form.policeReference) : null,
    shareAnonymously: form.share === 'yes',
    shareableSummary: form.share === 'yes' ? text(form.shareableSummary) : null,
  };
}

/** The form control each of the api's field names points at (the error summary links there). */
const FIELD_IDS: Record<string, string> = {
  schoolId: 'category',
  category: 'category',
  curriculumArea: 'curriculum-area',
  account: 'account',
  occurredOn: 'occurred-on-day',
  occurredTime: 'occurred-time',
  location: 'location',
  involved: 'involved',
  links: 'links',
  harmToStaff: 'harm',
  harmToPupils: 'harm',
  harmDescription: 'harm-description',
  policeTold: 'police-told',
  policeReference: 'police-reference',
  shareAnonymously: 'share',
  shareableSummary: 'shareable-summary',
};

/** The api's refusal as an error-summary entry linked to its field (the first question when unknown). */
export function pressureRefusalToError(message: string, field: string | undefined): FieldError {
  const key = (field ?? '').replace(/^input\./, '').split('.')[0];
  return { field: FIELD_IDS[key] ?? 'category', message };
}
