import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { DateField, Radios, TextArea } from '../concerns/form-fields';
import { graphql } from '../graphql/generated';
import type { PressureActionKind, PressureReportStatus } from '../graphql/generated/graphql';
import type { FieldError } from '../layout/error-summary';
import { isoDate, todayParts } from '../register/register-form';
import { PRESSURE_ACTION_LABELS } from './pressure-labels';
import { type ActionForm, actionProblems, outcomeProblems } from './pressure-workflow';

const ACKNOWLEDGE = graphql(`
  mutation AcknowledgePressureReport($input: AcknowledgePressureReportInput!) {
    acknowledgePressureReport(input: $input) { id status acknowledgedAt acknowledgementNote hoursUntilAcknowledgementDue }
  }
`);

const RECORD_ACTION = graphql(`
  mutation RecordPressureAction($input: RecordPressureActionInput!) {
    recordPressureAction(input: $input) { id status actionStartedAt }
  }
`);

const RESOLVE = graphql(`
  mutation ResolvePressureReport($input: ResolvePressureReportInput!) {
    resolvePressureReport(input: $input) { id status resolvedAt outcomeSummary }
  }
`);

interface Props {
  report: { id: string; reference: string; status: PressureReportStatus };
  errors: FieldError[];
  onErrors: (errors: FieldError[]) => void;
  onDone: (notice: string) => void;
}

const errorFor = (errors: FieldError[], id: string) => errors.find((e) => e.field === id)?.message;

/** The api's refusal, linked to the form control it names (or `fallback`). */
function refusal(e: unknown, fallback: string, fields: Record<string, string>): FieldError[] {
  const first = CombinedGraphQLErrors.is(e) ? e.errors[0] : undefined;
  const named = String(first?.extensions?.field ?? '').replace(/^input\./, '');
  return [{ field: fields[named] ?? fallback, message: first?.message ?? 'Sorry, there is a problem with the service. Try again later.' }];
}

const ACTION_KINDS = Object.keys(PRESSURE_ACTION_LABELS) as PressureActionKind[];

/** The council's steps on one report: acknowledge it, record what it did, resolve it with an outcome. */
export function PressureCouncilForms({ report, errors, onErrors, onDone }: Props) {
  const [acknowledge, acknowledging] = useMutation(ACKNOWLEDGE);
  const [recordAction, recording] = useMutation(RECORD_ACTION);
  const [resolve, resolving] = useMutation(RESOLVE);
  const [note, setNote] = useState('');
  const [action, setAction] = useState<ActionForm>({ kind: '', takenOn: todayParts(), note: '' });
  const [outcome, setOutcome] = useState('');

  async function onAcknowledge() {
    try {
      await acknowledge({ variables: { input: { reportId: report.id, note: note.trim() || null } } });
      onDone(`Report ${report.reference} acknowledged. The school has been told.`);
    } catch (e) {
      onErrors(refusal(e, 'note', {}));
    }
  }

  async function onRecord() {
    const problems = actionProblems(action, isoDate(todayParts())!);
    if (problems.length) return onErrors(problems);
    try {
      await recordAction({ variables: { input: { reportId: report.id, kind: action.kind as PressureActionKind, takenOn: isoDate(action.takenOn)!, note: action.note } } });
      setAction({ kind: '', takenOn: todayParts(), note: '' });
      onDone(`The action was recorded on report ${report.reference}. The school can see it.`);
    } catch (e) {
      onErrors(refusal(e, 'action-kind', { kind: 'action-kind', takenOn: 'taken-on-day', note: 'action-note' }));
    }
  }

  async function onResolve() {
    const problems = outcomeProblems(outcome);
    if (problems.length) return onErrors(problems);
    try {
      await resolve({ variables: { input: { reportId: report.id, outcomeSummary: outcome } } });
      onDone(`Report ${report.reference} resolved. The school has been told the outcome.`);
    } catch (e) {
      onErrors(refusal(e, 'outcome-summary', { outcomeSummary: 'outcome-summary' }));
    }
  }

  if (report.status === 'SUBMITTED') {
    return (
      <form noValidate onSubmit={(e) => { e.preventDefault(); void onAcknowledge(); }}>
        <h2 className="govuk-heading-m">Acknowledge this report</h2>
        <TextArea id="note" label="Note to the school (optional)" hint="Who will contact them, and when." rows={4}
          value={note} onChange={setNote} error={errorFor(errors, 'note')} />
        <button type="submit" className="govuk-button" disabled={acknowledging.loading}>Acknowledge report</button>
      </form>
    );
  }
  if (report.status === 'RESOLVED') return null;
  return (
    <>
      <form noValidate onSubmit={(e) => { e.preventDefault(); void onRecord(); }}>
        <h2 className="govuk-heading-m">Record an action</h2>
        <Radios<PressureActionKind> id="action-kind" legend="What did the council do?" value={action.kind}
          onChange={(kind) => setAction((a) => ({ ...a, kind }))} error={errorFor(errors, 'action-kind')}
          options={ACTION_KINDS.map((k) => ({ value: k, label: PRESSURE_ACTION_LABELS[k] }))} />
        <DateField id="taken-on" legend="When was it taken?" hint="For example, 21 11 2026" value={action.takenOn}
          onChange={(takenOn) => setAction((a) => ({ ...a, takenOn }))} error={errorFor(errors, 'taken-on-day')} />
        <TextArea id="action-note" label="What was done, and with whom" hint="The school sees this." rows={4}
          value={action.note} onChange={(text) => setAction((a) => ({ ...a, note: text }))} error={errorFor(errors, 'action-note')} />
        <button type="submit" className="govuk-button govuk-button--secondary" disabled={recording.loading}>Record action</button>
      </form>
      {report.status === 'ACTION_IN_PROGRESS' && (
        <form noValidate onSubmit={(e) => { e.preventDefault(); void onResolve(); }}>
          <h2 className="govuk-heading-m">Resolve this report</h2>
          <TextArea id="outcome-summary" label="Outcome for the school" hint="What came of it. The school reads this; the report is then closed." rows={4}
            value={outcome} onChange={setOutcome} error={errorFor(errors, 'outcome-summary')} />
          <button type="submit" className="govuk-button" disabled={resolving.loading}>Resolve report</button>
        </form>
      )}
    </>
  );
}
