import type { DecisionInput, DecisionOutcome, ThresholdLevel } from '../graphql/generated/graphql';
import type { FieldError } from '../layout/error-summary';
import { OUTCOME_LABELS, THRESHOLD_LABELS } from './concern-labels';
import { Radios, TextArea } from './form-fields';

/** A threshold decision as typed. */
export interface DecisionForm {
  outcome: '' | DecisionOutcome;
  thresholdLevel: '' | ThresholdLevel;
  criteria: string;
  rationale: string;
}

export const EMPTY_DECISION: DecisionForm = { outcome: '', thresholdLevel: '', criteria: '', rationale: '' };

/** What the page checks before asking the api (which checks again, and more). */
export function checkDecision(form: DecisionForm): FieldError[] {
  const errors: FieldError[] = [];
  if (!form.outcome) errors.push({ field: 'outcome', message: 'Select what will happen' });
  if (!form.thresholdLevel) errors.push({ field: 'threshold-level', message: 'Select the level of need' });
  if (!criteriaOf(form).length) errors.push({ field: 'criteria', message: 'Enter at least one threshold criterion relied on' });
  if (!form.rationale.trim()) errors.push({ field: 'rationale', message: 'Enter the rationale for the decision' });
  return errors;
}

const criteriaOf = (form: DecisionForm) => form.criteria.split('\n').map((c) => c.trim()).filter(Boolean);

export function decisionInput(form: DecisionForm): DecisionInput {
  return { outcome: form.outcome as DecisionOutcome, thresholdLevel: form.thresholdLevel as ThresholdLevel, criteria: criteriaOf(form), rationale: form.rationale };
}

/** The api's field names (`rationale`, `replacement.criteria`…) as this form's ids. */
export function decisionFieldId(field: string | undefined): string {
  const key = (field ?? '').split('.').pop() ?? '';
  return { outcome: 'outcome', thresholdLevel: 'threshold-level', criteria: 'criteria', rationale: 'rationale', changeReason: 'change-reason' }[key] ?? 'outcome';
}

export function DecisionFields({ form, onChange, errors }: { form: DecisionForm; onChange: (form: DecisionForm) => void; errors: FieldError[] }) {
  const errorFor = (id: string) => errors.find((e) => e.field === id)?.message;
  const outcomes = Object.keys(OUTCOME_LABELS) as DecisionOutcome[];
  const levels = Object.keys(THRESHOLD_LABELS) as ThresholdLevel[];
  return (
    <>
      <Radios id="outcome" legend="What will happen?" value={form.outcome} onChange={(outcome) => onChange({ ...form, outcome })} error={errorFor('outcome')}
        options={outcomes.map((o) => ({ value: o, label: OUTCOME_LABELS[o] }))} />
      <Radios id="threshold-level" legend="Level of need in the threshold document" value={form.thresholdLevel} error={errorFor('threshold-level')}
        hint="A strategy discussion needs level 4." onChange={(thresholdLevel) => onChange({ ...form, thresholdLevel })}
        options={levels.map((l) => ({ value: l, label: THRESHOLD_LABELS[l] }))} />
      <TextArea id="criteria" label="Threshold criteria relied on" hint="In the threshold document’s words, one per line." rows={3}
        value={form.criteria} onChange={(criteria) => onChange({ ...form, criteria })} error={errorFor('criteria')} />
      <TextArea id="rationale" label="Rationale" hint="Why this decision: it is kept on the child’s record." rows={6}
        value={form.rationale} onChange={(rationale) => onChange({ ...form, rationale })} error={errorFor('rationale')} />
    </>
  );
}
