import { SchoolTypeGroup } from '@safeguard/organisations';

/** The kinds of school as a report to the Secretary of State names them. */
export const SCHOOL_TYPE_LABELS: Readonly<Record<SchoolTypeGroup, string>> = {
  MAINTAINED: 'Maintained schools',
  ACADEMY: 'Academies',
  FREE_SCHOOL: 'Free schools',
  INDEPENDENT: 'Independent schools',
  SPECIAL: 'Special schools',
  OTHER: 'Other provision (e.g. pupil referral units)',
};

export const SCHOOL_TYPES: readonly SchoolTypeGroup[] = Object.values(SchoolTypeGroup);
