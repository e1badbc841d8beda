/**
 * The figures of a termly report: what the worker builds from live data, what the PDF and CSV
 * render, and what submission freezes. Plain JSON, so a frozen report never depends on code.
 */

/** One measure across the report's terms, oldest first (the report's own term last). */
export interface Measure {
  /** Stable key, e.g. `cme.reported`, used in the CSV. */
  key: string;
  label: string;
  /** One value per term, aligned with ReportFigures.terms; null when it cannot be known for that term. */
  values: Array<number | null>;
  /** 'count', 'percent', 'days', 'hours', 'schoolDays' — how to print it. */
  unit: 'count' | 'percent' | 'days' | 'hours' | 'schoolDays';
  /** Where the records behind it are (an API query the HMI and LA managers can run), if any. */
  link?: string;
}

/** A breakdown table (e.g. completion by school type) for the report's own term. */
export interface Breakdown {
  key: string;
  label: string;
  columns: string[];
  rows: Array<{ label: string; values: Array<number | string | null> }>;
}

export interface ReportSection {
  key: 'cme' | 'ehe' | 'notFullTime' | 'concerns' | 'governance' | 'prevent' | 'pressure';
  number: number;
  title: string;
  /** False when the capability the section reads does not exist yet: then it says so, never zeros. */
  available: boolean;
  unavailableReason?: string;
  measures: Measure[];
  breakdowns: Breakdown[];
}

export interface ReportTerm {
  label: string;
  startsOn: string;
  endsOn: string;
}

export interface ReportFigures {
  localAuthorityId: string;
  localAuthorityName: string;
  /** Oldest first; the last is the report's term. */
  terms: ReportTerm[];
  builtAt: string;
  sections: ReportSection[];
}
