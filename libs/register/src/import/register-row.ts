import { createHash } from 'node:crypto';
import { isIsoDate } from '@safeguard/calendar';
import { ChildInput } from '../children/child.inputs';
import { isValidUpn, normaliseUpn } from '../children/upn';
import { OpenRegisterEntryInput } from '../entries/entry.inputs';
import { EntryReason, RegisterKind, Sex } from '../register.enums';

/**
 * A row of a team's old spreadsheet; headers are matched loosely (case, spaces, underscores).
 * Every kind: ref (the team's own reference, optional), first_name, last_name, other_names
 * (separated by ";"), date_of_birth, sex (F/M), upn, address, postcode, carer_name,
 * carer_relationship, carer_phone, carer_email, school_urn, ehc_plan, cp_plan, cin_plan (Y/N),
 * reported_on, notes. CME: believed_abroad (Y/N). EHE: notice_received_on, last_seen_on.
 * EXCLUDED: exclusion_type (SUSPENSION/PERMANENT), excluding_school_urn, exclusion_start,
 * exclusion_end. EHCP: hours_per_week, full_time_stopped_on, last_visit_on. Dates are
 * YYYY-MM-DD or DD/MM/YYYY.
 */
export type RawRow = Record<string, string>;

export class RowRefused extends Error {}

export interface ParsedRow {
  child: ChildInput;
  entry: OpenRegisterEntryInput;
  importRef: string;
}

const TRUE = new Set(['y', 'yes', 'true', '1']);

function key(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export function normaliseHeaders(row: Record<string, string>): RawRow {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [key(k), (v ?? '').trim()]));
}

/** ISO dates, or the dd/mm/yyyy spreadsheets in England use. */
function date(row: RawRow, column: string, required: boolean): string | undefined {
  const value = row[key(column)];
  if (!value) {
    if (required) throw new RowRefused(`${column} is missing`);
    return undefined;
  }
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const iso = uk ? `${uk[3]}-${uk[2].padStart(2, '0')}-${uk[1].padStart(2, '0')}` : value;
  if (!isIsoDate(iso)) throw new RowRefused(`${column} "${value}" is not a date`);
  return iso;
}

function flag(row: RawRow, column: string): boolean {
  return TRUE.has((row[key(column)] ?? '').toLowerCase());
}

function text(row: RawRow, column: string): string | undefined {
  return row[key(column)] || undefined;
}

function sex(value: string | undefined): Sex {
  const v = (value ?? '').toUpperCase();
  if (v === 'F' || v === 'FEMALE') return Sex.FEMALE;
  if (v === 'M' || v === 'MALE') return Sex.MALE;
  return Sex.NOT_KNOWN;
}

function urn(row: RawRow, column: string): number | undefined {
  const value = text(row, column);
  if (!value) return undefined;
  if (!/^\d{6,7}$/.test(value)) throw new RowRefused(`${column} "${value}" is not a URN`);
  return Number(value);
}

export function parseRegisterRow(raw: RawRow, kind: RegisterKind): ParsedRow {
  const legalFirstName = text(raw, 'first_name');
  const legalLastName = text(raw, 'last_name');
  if (!legalFirstName || !legalLastName) throw new RowRefused('first_name and last_name are required');
  if (legalFirstName.length > 100 || legalLastName.length > 100) throw new RowRefused('a name is longer than 100 characters');
  const postcode = text(raw, 'postcode');
  if (postcode && !/^[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}$/.test(postcode)) throw new RowRefused(`postcode "${postcode}" is not a UK postcode`);
  if ((text(raw, 'address') ?? '').length > 500) throw new RowRefused('address is longer than 500 characters');
  const dateOfBirth = date(raw, 'date_of_birth', true)!;
  const upnText = text(raw, 'upn');
  if (upnText && !isValidUpn(upnText)) throw new RowRefused(`upn "${upnText}" fails its check letter`);
  const reportedOn = date(raw, 'reported_on', true)!;
  const carerName = text(raw, 'carer_name');
  const child: ChildInput = {
    legalFirstName,
    legalLastName,
    otherNames: (text(raw, 'other_names') ?? '').split(';').map((s) => s.trim()).filter(Boolean),
    dateOfBirth,
    sex: sex(text(raw, 'sex')),
    upn: upnText ? normaliseUpn(upnText) : null,
    address: text(raw, 'address') ?? null,
    postcode: postcode ?? null,
    carers: carerName
      ? [{ name: carerName, relationship: text(raw, 'carer_relationship') ?? null, phone: text(raw, 'carer_phone') ?? null, email: text(raw, 'carer_email') ?? null }]
      : [],
    schoolUrn: urn(raw, 'school_urn') ?? null,
    hasEhcPlan: flag(raw, 'ehc_plan') || kind === RegisterKind.EHCP,
    childProtectionPlan: flag(raw, 'cp_plan'),
    childInNeedPlan: flag(raw, 'cin_plan'),
  };
  const entry: OpenRegisterEntryInput = { kind, reason: EntryReason.IMPORTED, reportedOn, summary: text(raw, 'notes') };
  switch (kind) {
    case RegisterKind.CME:
      entry.cme = { believedAbroad: flag(raw, 'believed_abroad') };
      break;
    case RegisterKind.EHE:
      entry.ehe = { noticeReceivedOn: date(raw, 'notice_received_on', false) ?? reportedOn, lastSeenOn: date(raw, 'last_seen_on', false) };
      break;
    case RegisterKind.EXCLUDED: {
      const type = (text(raw, 'exclusion_type') ?? '').toUpperCase();
      if (!['SUSPENSION', 'PERMANENT'].includes(type)) throw new RowRefused('exclusion_type must be SUSPENSION or PERMANENT');
      entry.reason = type === 'PERMANENT' ? EntryReason.PERMANENT_EXCLUSION : EntryReason.SUSPENSION;
      entry.exclusion = {
        schoolUrn: urn(raw, 'excluding_school_urn'),
        startsOn: date(raw, 'exclusion_start', true)!,
        endsOn: date(raw, 'exclusion_end', type === 'SUSPENSION'),
      };
      if (entry.exclusion.schoolUrn === undefined) throw new RowRefused('excluding_school_urn is required');
      break;
    }
    case RegisterKind.EHCP: {
      const hours = Number(text(raw, 'hours_per_week'));
      if (!text(raw, 'hours_per_week') || !Number.isFinite(hours) || hours < 0 || hours > 40) {
        throw new RowRefused('hours_per_week must be a number from 0 to 40');
      }
      entry.ehcp = {
        hoursPerWeek: Math.round(hours * 10) / 10,
        fullTimeStoppedOn: date(raw, 'full_time_stopped_on', true)!,
        lastVisitOn: date(raw, 'last_visit_on', false),
      };
      break;
    }
  }
  // The team's own reference when it has one; otherwise who the child is and when reported.
  const importRef =
    text(raw, 'ref') ??
    createHash('sha256')
      .update([child.upn ?? '', legalFirstName.toLowerCase(), legalLastName.toLowerCase(), dateOfBirth, reportedOn].join('|'))
      .digest('hex')
      .slice(0, 32);
  return { child, entry, importRef };
}
