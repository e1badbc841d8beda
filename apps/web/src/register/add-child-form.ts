import type { ChildInput, Sex } from '../graphql/generated/graphql';
import type { FieldError } from '../layout/error-summary';
import { isoDate } from './register-form';
import type { DateParts } from './report-form';

/** The "Add a child" form as typed. */
export interface AddChildForm {
  legalFirstName: string;
  legalLastName: string;
  otherNames: string;
  dateOfBirth: DateParts;
  sex: Sex | '';
  upn: string;
  postcode: string;
  schoolUrn: string;
  plans: string[];
}

export const EMPTY_CHILD: AddChildForm = {
  legalFirstName: '', legalLastName: '', otherNames: '', dateOfBirth: { day: '', month: '', year: '' }, sex: '', upn: '', postcode: '',
  schoolUrn: '', plans: [],
};

export const PLAN_OPTIONS = {
  hasEhcPlan: 'Education, health and care plan',
  childProtectionPlan: 'Child protection plan',
  childInNeedPlan: 'Child in need plan',
};

export function checkChild(form: AddChildForm): FieldError[] {
  const errors: FieldError[] = [];
  if (!form.legalFirstName.trim()) errors.push({ field: 'legalFirstName', message: 'Enter the child’s legal first name' });
  if (!form.legalLastName.trim()) errors.push({ field: 'legalLastName', message: 'Enter the child’s legal last name' });
  if (!isoDate(form.dateOfBirth)) errors.push({ field: 'dateOfBirth', message: 'Enter the child’s date of birth, for example 27 3 2014' });
  if (!form.sex) errors.push({ field: 'sex', message: 'Select the child’s sex' });
  if (form.upn.trim() && !/^[A-Z]\d{11}[0-9A-Z]$/i.test(form.upn.trim())) errors.push({ field: 'upn', message: 'Enter a UPN of 13 characters: a letter, then 12 more' });
  if (form.schoolUrn.trim() && !/^\d{6,7}$/.test(form.schoolUrn.trim())) errors.push({ field: 'schoolUrn', message: 'Enter the school’s URN, 6 or 7 digits' });
  return errors;
}

/** Other names typed one per line or separated by commas. */
export const splitNames = (text: string): string[] => text.split(/[\n,]/).map((n) => n.trim()).filter(Boolean);

export function childInput(form: AddChildForm): ChildInput {
  return {
    legalFirstName: form.legalFirstName.trim(),
    legalLastName: form.legalLastName.trim(),
    otherNames: splitNames(form.otherNames),
    dateOfBirth: isoDate(form.dateOfBirth) ?? '',
    sex: (form.sex || 'NOT_KNOWN') as Sex,
    upn: form.upn.trim() ? form.upn.trim().toUpperCase() : undefined,
    postcode: form.postcode.trim() || undefined,
    schoolUrn: form.schoolUrn.trim() ? Number(form.schoolUrn.trim()) : undefined,
    hasEhcPlan: form.plans.includes('hasEhcPlan'),
    childProtectionPlan: form.plans.includes('childProtectionPlan'),
    childInNeedPlan: form.plans.includes('childInNeedPlan'),
  };
}

export const CHILD_FIELDS = ['legalFirstName', 'legalLastName', 'otherNames', 'dateOfBirth', 'sex', 'upn', 'postcode', 'schoolUrn'];
