/**
 * Every statutory or policy number the register uses, in one place, with its source. Each
 * can be changed per local authority (RegisterRuleOverrides); these are the defaults.
 * Check the current guidance before relying on a number: it is revised yearly.
 */
export interface RegisterRules {
  /**
   * A school reports a child missing education after this many consecutive school days of
   * unexplained absence. School Attendance (Pupil Registration) (England) Regulations 2024:
   * schools report pupils absent continuously for 10 school days or more.
   */
  cmeAbsenceSchoolDays: number;
  /** School days from a CME report to the first recorded enquiry. Local policy default. */
  cmeFirstEnquirySchoolDays: number;
  /**
   * School days from a CME report to the child being located before the entry is overdue.
   * Local policy default, aligned with deletion ground I (20 continuous school days).
   */
  cmeLocateSchoolDays: number;
  /** School days for an LA manager to sign off (or refuse) a closure without whereabouts. Local policy. */
  closureSignOffSchoolDays: number;
  /** School days from a home-education notice to the council's first contact. Local policy default. */
  eheFirstContactSchoolDays: number;
  /**
   * Months after which a home-educated child not seen is flagged. DfE Elective home education
   * guidance (2019): typical practice is contact at least yearly.
   */
  eheNotSeenMonths: number;
  /** School days from the first day of an exclusion to a recorded safety check. Local policy default. */
  exclusionSafetyCheckSchoolDays: number;
  /**
   * School day of a permanent exclusion from which full-time provision must be in place.
   * Education Act 1996 s.19 and the School Discipline (England) Regulations: from the sixth day.
   */
  exclusionProvisionFromSchoolDay: number;
  /** School days between visits to a child with an EHC plan and no full-time education. Local policy default. */
  ehcpVisitSchoolDays: number;
  /** School days an overdue item waits with the assigned officer before LA managers are told. Local policy. */
  escalationGraceSchoolDays: number;
}

export const DEFAULT_REGISTER_RULES: Readonly<RegisterRules> = Object.freeze({
  cmeAbsenceSchoolDays: 10,
  cmeFirstEnquirySchoolDays: 2,
  cmeLocateSchoolDays: 20,
  closureSignOffSchoolDays: 5,
  eheFirstContactSchoolDays: 10,
  eheNotSeenMonths: 12,
  exclusionSafetyCheckSchoolDays: 5,
  exclusionProvisionFromSchoolDay: 6,
  ehcpVisitSchoolDays: 20,
  escalationGraceSchoolDays: 2,
});

export const REGISTER_RULE_KEYS = Object.keys(DEFAULT_REGISTER_RULES) as Array<keyof RegisterRules>;

/** The bounds a council may set each number within, so a typo cannot switch a duty off. */
export const REGISTER_RULE_BOUNDS: Readonly<Record<keyof RegisterRules, [number, number]>> = {
  cmeAbsenceSchoolDays: [1, 20],
  cmeFirstEnquirySchoolDays: [1, 20],
  cmeLocateSchoolDays: [5, 60],
  closureSignOffSchoolDays: [1, 20],
  eheFirstContactSchoolDays: [1, 40],
  eheNotSeenMonths: [1, 24],
  exclusionSafetyCheckSchoolDays: [1, 10],
  exclusionProvisionFromSchoolDay: [1, 6],
  ehcpVisitSchoolDays: [5, 60],
  escalationGraceSchoolDays: [0, 10],
};
