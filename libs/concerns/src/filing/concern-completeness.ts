import { londonToday } from '@safeguard/calendar';
import { ConcernCategory } from '../concern.enums';
import { ConcernException, ConcernRefusal } from '../concern.exception';
import { Concern } from './concern.entity';
import { REQUIRED_PREVENT_FIELDS } from './prevent-details';

const blank = (value: string | null | undefined) => !value || !value.trim();

function missing(field: string, message: string): ConcernException {
  return new ConcernException(ConcernRefusal.INCOMPLETE, message, field);
}

/**
 * What a concern must hold before the council can act on it: the child, what happened in the
 * reporter's words, what the school did, whether the family knows, the call made for an
 * immediate risk, and a Prevent referral's details. Refuses with the first field missing.
 */
export function assertReadyToSubmit(concern: Concern, now: Date): void {
  if (!concern.childId && !concern.draftChild) throw missing('childId', 'Say which child the concern is about (childId or child)');
  if (!concern.categories.length) throw missing('categories', 'Choose at least one category');
  if (blank(concern.account) || concern.account!.trim().length < 10) {
    throw missing('account', 'Describe what was seen or heard, in your own words');
  }
  if (!concern.occurredOn) throw missing('occurredOn', 'Say when it happened');
  if (concern.occurredOn > londonToday(now)) throw missing('occurredOn', 'occurredOn cannot be in the future');
  if (blank(concern.actionTaken)) throw missing('actionTaken', 'Say what the school has already done');
  if (concern.childOrFamilyTold === null) throw missing('childOrFamilyTold', 'Say whether the child or family has been told');
  if (concern.childOrFamilyTold === false && blank(concern.notToldReason)) {
    throw missing('notToldReason', 'Say why the child or family has not been told');
  }
  if (concern.immediateRisk) {
    if (blank(concern.riskCallTo) || !concern.riskCallAt || blank(concern.riskCallOutcome)) {
      throw missing('riskCall', 'A child at immediate risk needs a phone call first: record who you called, when, and what was agreed');
    }
    if (concern.riskCallAt > now) throw missing('riskCall.at', 'The call cannot be in the future');
  }
  if (concern.categories.includes(ConcernCategory.RADICALISATION)) {
    for (const field of REQUIRED_PREVENT_FIELDS) {
      if (blank(concern.prevent[field])) {
        throw missing(`prevent.${field}`, 'A Prevent concern needs how it arose and the indicators seen, for the Channel panel');
      }
    }
  }
}
