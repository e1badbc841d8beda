import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { errorCode } from '../api/apollo';
import { TextArea } from '../concerns/form-fields';
import { formatDateTime } from '../concerns/concern-labels';
import { graphql } from '../graphql/generated';
import type { MessageReportReason, MessageReportStatus, MessageReportsQuery } from '../graphql/generated/graphql';
import { ErrorSummary, type FieldError } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { SuccessBanner } from '../layout/success-banner';

const REPORTS = graphql(`
  query MessageReports($status: MessageReportStatus, $after: String) {
    messageReports(status: $status, first: 20, after: $after) {
      edges {
        node {
          id reason note status reviewNote reviewedAt createdAt
          reporter { id displayName }
          message { id body hiddenAt deletedAt author { id displayName } }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const REVIEW = graphql(`
  mutation ReviewMessageReport($input: ReviewMessageReportInput!) {
    reviewMessageReport(input: $input) { id status reviewNote message { id hiddenAt } }
  }
`);

const RESTORE = graphql(`
  mutation RestoreMessage($messageId: ID!) {
    restoreMessage(messageId: $messageId) { id hiddenAt }
  }
`);

const REASONS: Readonly<Record<MessageReportReason, string>> = {
  INTIMIDATION: 'Intimidation or threats',
  CHILD_PERSONAL_DATA: 'Personal data about a child',
  ABUSE_OR_HARASSMENT: 'Abuse or harassment',
  EXTREMIST_CONTENT: 'Extremist content',
  SPAM: 'Spam or advertising',
  OTHER: 'Something else',
};

const STATUSES: Readonly<Record<MessageReportStatus, { text: string; colour: string; list: string }>> = {
  OPEN: { text: 'Open', colour: 'govuk-tag--yellow', list: 'Open reports' },
  ACTIONED: { text: 'Message hidden', colour: 'govuk-tag--red', list: 'Messages hidden' },
  DISMISSED: { text: 'Dismissed', colour: 'govuk-tag--grey', list: 'Dismissed reports' },
};

type Report = MessageReportsQuery['messageReports']['edges'][number]['node'];

/**
 * The moderation queue: reports of messages in conversations you moderate (for an LA manager,
 * every conversation of the council). Open reports are decided here; a hidden message can be shown again.
 */
export function MessageReportsPage() {
  const [status, setStatus] = useState<MessageReportStatus>('OPEN');
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const [done, setDone] = useState('');
  const { data, error, refetch } = useQuery(REPORTS, {
    variables: { status, after: cursors[cursors.length - 1] }, fetchPolicy: 'network-only',
  });
  if (errorCode(error) === 'FORBIDDEN') return <NoAccessPage />;
  const reports = data?.messageReports.edges.map((e) => e.node) ?? [];
  const pageInfo = data?.messageReports.pageInfo;
  const title = 'Reported messages';
  const changed = (text: string) => {
    setDone(text);
    void refetch();
  };
  return (
    <PageLayout title={title}>
      <PageHeading caption="Oversight">{title}</PageHeading>
      {done && (
        <SuccessBanner id="done" message={done} />
      )}
      <nav className="govuk-!-margin-bottom-6" aria-label="Reports by state">
        <ul className="govuk-list">
          {(Object.keys(STATUSES) as MessageReportStatus[]).map((s) => (
            <li key={s}>
              {s === status ? <strong>{STATUSES[s].list}</strong> : (
                <button type="button" className="app-link-button" onClick={() => { setStatus(s); setCursors([null]); setDone(''); }}>
                  {STATUSES[s].list}
                </button>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {data && !reports.length && <p className="govuk-body">There are no {STATUSES[status].list.toLowerCase()}.</p>}
      {reports.map((r) => <ReportCard key={r.id} report={r} onChanged={changed} />)}
      {(cursors.length > 1 || pageInfo?.hasNextPage) && (
        <nav className="govuk-pagination govuk-pagination--block" aria-label="Reports pages">
          {cursors.length > 1 && (
            <div className="govuk-pagination__prev">
              <button type="button" className="govuk-pagination__link app-link-button" onClick={() => setCursors(cursors.slice(0, -1))}>
                <span className="govuk-pagination__link-title">Previous page</span>
              </button>
            </div>
          )}
          {pageInfo?.hasNextPage && pageInfo.endCursor && (
            <div className="govuk-pagination__next">
              <button type="button" className="govuk-pagination__link app-link-button" onClick={() => setCursors([...cursors, pageInfo.endCursor!])}>
                <span className="govuk-pagination__link-title">Next page</span>
              </button>
            </div>
          )}
        </nav>
      )}
    </PageLayout>
  );
}

function ReportCard({ report, onChanged }: { report: Report; onChanged: (text: string) => void }) {
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [review, reviewing] = useMutation(REVIEW);
  const [restore, restoring] = useMutation(RESTORE);
  const noteId = `note-${report.id}`;
  const refusal = (e: unknown, field: string): FieldError => ({
    field, message: CombinedGraphQLErrors.is(e) ? (e.errors[0]?.message ?? 'It could not be saved') : 'It could not be saved. Try again later.',
  });

  const decide = async (event: FormEvent, hide: boolean) => {
    event.preventDefault();
    if (!note.trim()) {
      setErrors([{ field: noteId, message: 'Enter why you decided this' }]);
      return;
    }
    try {
      await review({ variables: { input: { reportId: report.id, hide, note: note.trim() } } });
      setErrors([]);
      onChanged(hide ? 'The message is hidden from members.' : 'The report is dismissed.');
    } catch (e) {
      setErrors([refusal(e, noteId)]);
    }
  };
  const showAgain = async () => {
    try {
      await restore({ variables: { messageId: report.message!.id } });
      onChanged('Members can see the message again.');
    } catch (e) {
      setErrors([refusal(e, `restore-${report.id}`)]);
    }
  };

  const message = report.message;
  return (
    <section className="govuk-summary-card" aria-labelledby={`report-${report.id}`}>
      <div className="govuk-summary-card__title-wrapper">
        <h2 className="govuk-summary-card__title" id={`report-${report.id}`}>
          {REASONS[report.reason]} <strong className={`govuk-tag ${STATUSES[report.status].colour}`}>{STATUSES[report.status].text}</strong>
        </h2>
      </div>
      <div className="govuk-summary-card__content">
        <ErrorSummary errors={errors} />
        <dl className="govuk-summary-list">
          <Row label="Message">
            {message ? <span className="app-pre-wrap">{message.body ?? 'No text'}</span> : 'Removed under the retention policy'}
          </Row>
          {message && <Row label="Written by">{message.author.displayName}</Row>}
          {message?.hiddenAt && <Row label="Hidden">{formatDateTime(message.hiddenAt)}</Row>}
          <Row label="Reported by">{report.reporter.displayName}, {formatDateTime(report.createdAt)}</Row>
          {report.note && <Row label="Their note"><span className="app-pre-wrap">{report.note}</span></Row>}
          {report.reviewNote && <Row label="Moderator’s note"><span className="app-pre-wrap">{report.reviewNote}</span></Row>}
        </dl>
        {report.status === 'OPEN' && (
          <form noValidate onSubmit={(e) => void decide(e, true)}>
            <TextArea id={noteId} label="Why you decided this" hint="Kept with the report and in the audit trail" rows={3}
              value={note} onChange={setNote} error={errors.find((e) => e.field === noteId)?.message} />
            <div className="govuk-button-group">
              <button type="submit" className="govuk-button govuk-button--warning" disabled={reviewing.loading}>Hide the message</button>
              <button type="button" className="govuk-button govuk-button--secondary" disabled={reviewing.loading}
                onClick={(e) => void decide(e, false)}>Dismiss the report</button>
            </div>
          </form>
        )}
        {message?.hiddenAt && report.status !== 'OPEN' && (
          <button type="button" id={`restore-${report.id}`} className="govuk-button govuk-button--secondary" disabled={restoring.loading}
            onClick={() => void showAgain()}>Show the message to members again</button>
        )}
      </div>
    </section>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}
