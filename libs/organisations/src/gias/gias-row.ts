import { SchoolTypeGroup } from '../school-type-group';

/** The columns of the GIAS establishment export that the portal reads. */
export interface GiasRecord {
  URN?: string;
  EstablishmentName?: string;
  'LA (code)'?: string;
  'LA (name)'?: string;
  'TypeOfEstablishment (name)'?: string;
  'EstablishmentTypeGroup (name)'?: string;
  'EstablishmentStatus (name)'?: string;
  'PhaseOfEducation (name)'?: string;
  Postcode?: string;
}

export interface SchoolRow {
  urn: number;
  name: string;
  laCode: string;
  laName: string;
  establishmentType: string;
  typeGroup: SchoolTypeGroup;
  phase: string | null;
  status: string;
  postcode: string | null;
}

export enum SkipReason {
  CLOSED = 'closed',
  NOT_A_SCHOOL = 'not a school',
  BAD_ROW = 'bad row',
  OTHER_LOCAL_AUTHORITY = 'outside the chosen local authorities',
}

export type ParsedRow = { row: SchoolRow } | { skip: SkipReason; detail: string };

// GIAS type groups; those absent here (colleges, universities, children's centres, Welsh
// establishments, online providers) are not schools this portal follows.
const TYPE_GROUPS: Record<string, SchoolTypeGroup> = {
  'local authority maintained schools': SchoolTypeGroup.MAINTAINED,
  academies: SchoolTypeGroup.ACADEMY,
  'free schools': SchoolTypeGroup.FREE_SCHOOL,
  'independent schools': SchoolTypeGroup.INDEPENDENT,
  'special schools': SchoolTypeGroup.SPECIAL,
  'other types': SchoolTypeGroup.OTHER,
};

const NOT_APPLICABLE = new Set(['', 'not applicable', 'null']);

function clean(value: string | undefined): string {
  return (value ?? '').trim();
}

/** Turns one CSV record into a school, or says why it is skipped. */
export function parseGiasRecord(record: GiasRecord, onlyLaCodes: ReadonlySet<string> | null): ParsedRow {
  const urnText = clean(record.URN);
  const urn = Number(urnText);
  const name = clean(record.EstablishmentName);
  const laCode = clean(record['LA (code)']).padStart(3, '0');
  const laName = clean(record['LA (name)']);
  const status = clean(record['EstablishmentStatus (name)']);
  const groupName = clean(record['EstablishmentTypeGroup (name)']);
  if (!/^\d{1,9}$/.test(urnText) || !Number.isSafeInteger(urn) || urn <= 0) {
    return { skip: SkipReason.BAD_ROW, detail: `URN "${urnText}" is not a number` };
  }
  if (!name || !/^\d{3}$/.test(laCode) || !laName || !status) {
    return { skip: SkipReason.BAD_ROW, detail: `URN ${urn}: missing name, LA or status` };
  }
  if (onlyLaCodes && !onlyLaCodes.has(laCode)) {
    return { skip: SkipReason.OTHER_LOCAL_AUTHORITY, detail: `URN ${urn}: LA ${laCode}` };
  }
  if (status.toLowerCase() === 'closed') {
    return { skip: SkipReason.CLOSED, detail: `URN ${urn}` };
  }
  const typeGroup = TYPE_GROUPS[groupName.toLowerCase()];
  if (!typeGroup) {
    return { skip: SkipReason.NOT_A_SCHOOL, detail: `URN ${urn}: ${groupName || 'no type group'}` };
  }
  const phase = clean(record['PhaseOfEducation (name)']);
  const postcode = clean(record.Postcode).toUpperCase();
  return {
    row: {
      urn,
      name: name.slice(0, 300),
      laCode,
      laName: laName.slice(0, 200),
      establishmentType: clean(record['TypeOfEstablishment (name)']).slice(0, 200) || groupName,
      typeGroup,
      phase: NOT_APPLICABLE.has(phase.toLowerCase()) ? null : phase.slice(0, 100),
      status: status.slice(0, 100),
      postcode: postcode && postcode.length <= 10 ? postcode : null,
    },
  };
}
