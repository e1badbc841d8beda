import { EntryReason, EntryStatus, RegisterKind } from '../register.enums';

/** Which reasons open which kind of entry. */
export const REASONS_BY_KIND: Readonly<Record<RegisterKind, readonly EntryReason[]>> = {
  CME: [EntryReason.ABSENCE_TEN_SCHOOL_DAYS, EntryReason.DELETED_NO_DESTINATION, EntryReason.IDENTIFIED_BY_COUNCIL, EntryReason.IMPORTED],
  EHE: [EntryReason.PARENT_NOTICE, EntryReason.SCHOOL_DELETION_HOME_EDUCATION, EntryReason.IMPORTED],
  EXCLUDED: [EntryReason.SUSPENSION, EntryReason.PERMANENT_EXCLUSION],
  EHCP: [EntryReason.EHCP_NOT_FULL_TIME, EntryReason.IMPORTED],
};

/** What a school may report; everything else is the council's to open. */
export const SCHOOL_REASONS: ReadonlySet<EntryReason> = new Set([
  EntryReason.ABSENCE_TEN_SCHOOL_DAYS,
  EntryReason.DELETED_NO_DESTINATION,
  EntryReason.SCHOOL_DELETION_HOME_EDUCATION,
  EntryReason.SUSPENSION,
  EntryReason.PERMANENT_EXCLUSION,
]);

export const FIRST_STATUS: Readonly<Record<RegisterKind, EntryStatus>> = {
  CME: EntryStatus.REPORTED,
  EHE: EntryStatus.OPEN,
  EXCLUDED: EntryStatus.OPEN,
  EHCP: EntryStatus.OPEN,
};

export const KIND_LABELS: Readonly<Record<RegisterKind, string>> = {
  CME: 'child missing education',
  EHE: 'elective home education',
  EXCLUDED: 'excluded child',
  EHCP: 'EHC plan without full-time education',
};
