import { addDays, IsoDate } from '@safeguard/calendar';
import { CheckKind, CheckOutcome, CheckState, Rag } from '../governance.enums';
import { GOVERNANCE_RULES_POLICY, Renewal, Requirement, schoolYearStart, yearlyRenewal } from '../governance-rules';

/** A recorded check, as the status rules see it. */
export interface RecordedCheck {
  kind: CheckKind;
  doneOn: IsoDate;
  outcome: CheckOutcome;
  renewalDueOn: IsoDate | null;
}

export interface CheckStatus {
  check: CheckKind;
  state: CheckState;
  /** The deadline that applies now: to do it, or to renew it. */
  dueOn: IsoDate | null;
  /** The latest record of it, if any. */
  doneOn: IsoDate | null;
  source: string;
}

/** Where one required check stands today, from the records of it (any order). */
export function checkStatus(requirement: Requirement, records: readonly RecordedCheck[], today: IsoDate): CheckStatus {
  const latest = records
    .filter((r) => r.kind === requirement.check)
    .reduce<RecordedCheck | null>((best, r) => (!best || r.doneOn >= best.doneOn ? r : best), null);
  const status = (state: CheckState, dueOn: IsoDate | null): CheckStatus => ({
    check: requirement.check, state, dueOn, doneOn: latest?.doneOn ?? null, source: requirement.source,
  });
  const outstanding = (dueOn: IsoDate) => status(today > dueOn ? CheckState.OVERDUE : CheckState.DUE, dueOn);

  if (latest?.outcome === CheckOutcome.REFUSED) return status(CheckState.REFUSED, null);
  switch (requirement.renewal) {
    case Renewal.NONE:
      return latest ? status(CheckState.DONE, null) : outstanding(requirement.dueOn);
    case Renewal.YEARLY: {
      if (!latest) return outstanding(requirement.dueOn);
      const renewal = latest.renewalDueOn ?? yearlyRenewal(latest.doneOn);
      return today > renewal ? status(CheckState.OVERDUE, renewal) : status(CheckState.DONE, renewal);
    }
    case Renewal.SCHOOL_YEAR: {
      const yearStart = schoolYearStart(today);
      if (latest && latest.doneOn >= yearStart) return status(CheckState.DONE, null);
      const yearly = addDays(yearStart, GOVERNANCE_RULES_POLICY.declarationGraceDays);
      return outstanding(requirement.dueOn > yearly ? requirement.dueOn : yearly);
    }
  }
}

/** Red if anything is overdue or refused, amber while something is still within its deadline. */
export function ragOf(states: readonly CheckState[]): Rag {
  if (states.some((s) => s === CheckState.OVERDUE || s === CheckState.REFUSED)) return Rag.RED;
  if (states.some((s) => s === CheckState.DUE)) return Rag.AMBER;
  return Rag.GREEN;
}
