import { DEADLINE_LABELS, FLAG_LABELS, formatDate, label, STATUS_LABELS } from './register-labels';

const STATUS_COLOURS: Record<string, string> = {
  REPORTED: 'govuk-tag--blue',
  ENQUIRIES: 'govuk-tag--light-blue',
  LOCATED: 'govuk-tag--green',
  AWAITING_SIGN_OFF: 'govuk-tag--yellow',
  OPEN: 'govuk-tag--blue',
  CLOSED: 'govuk-tag--grey',
};

/** The status as a tag with its words (colour only repeats them). */
export function EntryStatusTag({ status }: { status: string }) {
  return <strong className={`govuk-tag ${STATUS_COLOURS[status] ?? ''}`}>{label(STATUS_LABELS, status)}</strong>;
}

interface Deadline {
  kind: string;
  dueOn: string;
  overdue: boolean;
}

/** Why an entry needs attention, in words: each overdue deadline with its date, then the other flags. */
export function AttentionText({ flags, deadlines }: { flags: string[]; deadlines: Deadline[] }) {
  const overdue = deadlines.filter((d) => d.overdue);
  const others = flags.filter((f) => f !== 'OVERDUE');
  if (!overdue.length && !others.length) return <>None</>;
  return (
    <ul className="govuk-list govuk-!-margin-bottom-0">
      {overdue.map((d) => (
        <li key={d.kind}>
          <strong className="govuk-tag govuk-tag--red">Overdue</strong> {label(DEADLINE_LABELS, d.kind)} was due {formatDate(d.dueOn)}
        </li>
      ))}
      {others.map((f) => (
        <li key={f}>
          <strong className="govuk-tag govuk-tag--orange">{label(FLAG_LABELS, f)}</strong>
        </li>
      ))}
    </ul>
  );
}
