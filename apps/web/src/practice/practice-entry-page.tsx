import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { useMe } from '../auth/require-session';
import { formatDateTime } from '../concerns/concern-labels';
import { holdsAny } from '../concerns/concern-roles';
import { graphql } from '../graphql/generated';
import type { PracticeCommentKind } from '../graphql/generated/graphql';
import { ErrorSummary, type FieldError } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { errorFor, Radios, refusalOf, TextArea } from '../register/register-form';
import { AttachmentList } from './attachment-list';
import { PracticeEntryActions } from './practice-entry-actions';
import { threads } from './practice-filters';
import {
  COMMENT_KIND_LABELS, COMMENT_KIND_TAGS, endorsements, PHASE_LABELS, PRACTICE_PUBLISHING_ROLES, SCHOOL_TYPE_LABELS, VISIBILITY_WORDS,
} from './practice-labels';
import { SuccessBanner } from '../layout/success-banner';

const ENTRY = graphql(`
  query PracticeEntry($id: ID!) {
    practiceEntry(id: $id) {
      id kind title summary bodyHtml tags phases schoolTypes visibility anonymous createdAt updatedAt featuredAt withdrawnAt
      localAuthorityId networkId endorsementCount endorsedByMe writtenByMe
      author { id displayName }
      authorSchool { id name }
      attachments { id fileName byteSize downloadPath }
      comments { id kind parentId bodyHtml createdAt byEntryAuthor author { id displayName } }
    }
  }
`);

const ENDORSE = graphql(`
  mutation EndorsePracticeEntry($input: EndorsePracticeEntryInput!) {
    endorsePracticeEntry(input: $input) { id endorsedByMe endorsementCount }
  }
`);

const COMMENT = graphql(`
  mutation CommentOnPracticeEntry($input: CommentOnPracticeEntryInput!) {
    commentOnPracticeEntry(input: $input) { id }
  }
`);

type CommentKind = Exclude<PracticeCommentKind, 'ANSWER'>;

/** One entry of the library (/practice/:entryId): read it, say you used it, comment or ask its author. */
export function PracticeEntryPage() {
  const { entryId = '' } = useParams();
  const me = useMe();
  const location = useLocation();
  const state = location.state as { published?: boolean; changed?: boolean; attachmentProblem?: string } | null;
  const published = state?.published;
  const { data, error, refetch } = useQuery(ENTRY, { variables: { id: entryId }, fetchPolicy: 'network-only' });
  const [endorse, endorsing] = useMutation(ENDORSE);
  const [comment, commenting] = useMutation(COMMENT);
  const [kind, setKind] = useState<CommentKind | ''>('');
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<FieldError[]>(state?.attachmentProblem ? [{ field: 'more-files', message: state.attachmentProblem }] : []);
  const [notice, setNotice] = useState(state?.changed ? 'Your changes were saved.' : '');
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const code = errorCode(error);
  if (code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'BAD_USER_INPUT') return <NoAccessPage />;
  const entry = data?.practiceEntry;
  const mayTakePart = holdsAny(me, PRACTICE_PUBLISHING_ROLES) && !!entry && !entry.withdrawnAt;
  const curator = !!entry && me.memberships.some((m) => (m.role === 'LA_OFFICER' || m.role === 'LA_MANAGER') && m.localAuthority?.id === entry.localAuthorityId);

  function done(message: string) {
    setErrors([]);
    setNotice(message);
    void refetch();
  }

  async function onAnswer(questionId: string) {
    const text = answers[questionId] ?? '';
    if (!text.trim()) return setErrors([{ field: `answer-${questionId}`, message: 'Enter your answer' }]);
    try {
      await comment({ variables: { input: { entryId, kind: 'ANSWER', parentId: questionId, body: text } } });
      setAnswers((a) => ({ ...a, [questionId]: '' }));
      done('Your answer has been added. Whoever asked has been told.');
    } catch (failure) {
      setErrors([{ ...refusalOf(failure, `answer-${questionId}`), field: `answer-${questionId}` }]);
    }
  }

  async function onEndorse() {
    setErrors([]);
    try {
      await endorse({ variables: { input: { entryId } } });
      setNotice('You said you used this in your school. The author has been told.');
    } catch (failure) {
      setErrors([refusalOf(failure, 'endorse')]);
    }
  }

  async function onComment() {
    const missing: FieldError[] = [];
    if (!kind) missing.push({ field: 'comment-kind', message: 'Select whether it is a comment or a question' });
    if (!body.trim()) missing.push({ field: 'comment-body', message: 'Enter your comment or question' });
    if (missing.length) {
      setErrors(missing);
      return;
    }
    try {
      await comment({ variables: { input: { entryId, kind: kind as CommentKind, body } } });
      setErrors([]);
      setBody('');
      setKind('');
      setNotice(kind === 'QUESTION' ? 'Your question has been sent to the author.' : 'Your comment has been added.');
      await refetch();
    } catch (failure) {
      setErrors([refusalOf(failure, 'comment-body', ['body', 'kind'])].map((e) => ({ ...e, field: e.field === 'kind' ? 'comment-kind' : e.field === 'body' ? 'comment-body' : e.field })));
    }
  }

  const title = entry?.title ?? 'Practice';
  return (
    <PageLayout title={errors.length ? `Error: ${title}` : title}>
      <Link to="/practice" className="govuk-back-link">Back to the practice library</Link>
      <ErrorSummary errors={errors} />
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {entry && (
        <>
          {published && (
            <div className="govuk-panel govuk-panel--confirmation">
              <h2 className="govuk-panel__title">Your practice is published</h2>
            </div>
          )}
          {notice && (
            <SuccessBanner id="practice-notice" message={notice} />
          )}
          <PageHeading caption={entry.kind === 'GUIDANCE' ? 'Council guidance' : 'Prevent practice'}>{entry.title}</PageHeading>
          <p className="govuk-body-l">{entry.summary}</p>
          {entry.withdrawnAt && <p className="govuk-body"><strong className="govuk-tag govuk-tag--grey">Withdrawn</strong>{` on ${formatDateTime(entry.withdrawnAt)}`}</p>}
          {entry.featuredAt && <p className="govuk-body"><strong className="govuk-tag govuk-tag--green">Featured by the council</strong></p>}
          <dl className="govuk-summary-list">
            <Row label="Shared by" value={entry.authorSchool?.name ?? entry.author?.displayName ?? 'Shared anonymously'} />
            {entry.author && entry.authorSchool && <Row label="Author" value={entry.author.displayName} />}
            <Row label="Published" value={formatDateTime(entry.createdAt)} />
            {entry.updatedAt !== entry.createdAt && <Row label="Last changed" value={formatDateTime(entry.updatedAt)} />}
            <Row label="Who may read it" value={VISIBILITY_WORDS[entry.visibility]} />
            <Row label="Tags" value={entry.tags.join(', ') || 'None'} />
            <Row label="Phases" value={entry.phases.map((p) => PHASE_LABELS[p]).join(', ') || 'Any'} />
            <Row label="Kinds of school" value={entry.schoolTypes.map((s) => SCHOOL_TYPE_LABELS[s]).join(', ') || 'Any'} />
            <Row label="Used by others" value={endorsements(entry.endorsementCount)} />
          </dl>
          {/* bodyHtml is rendered by the api from a Markdown subset with everything escaped: it carries no script. */}
          <div className="govuk-body app-practice-body" dangerouslySetInnerHTML={{ __html: entry.bodyHtml }} />
          {entry.attachments.length > 0 && (
            <>
              <h2 className="govuk-heading-m">Attachments</h2>
              <AttachmentList attachments={entry.attachments} onError={(message) => setErrors([{ field: 'attachments', message }])} />
            </>
          )}
          {(entry.writtenByMe || curator) && !entry.withdrawnAt && (
            <PracticeEntryActions entry={entry} curator={curator} errors={errors} onErrors={(list) => { setNotice(''); setErrors(list); }} onDone={done} />
          )}
          {mayTakePart && !entry.writtenByMe && (
            entry.endorsedByMe
              ? <p className="govuk-body"><strong className="govuk-tag govuk-tag--green">You used this in your school</strong></p>
              : <button id="endorse" type="button" className="govuk-button govuk-button--secondary" disabled={endorsing.loading} onClick={() => void onEndorse()}>
                  I used this in my school
                </button>
          )}
          <h2 className="govuk-heading-m">Comments and questions</h2>
          {!entry.comments.length && <p className="govuk-body">No comments yet.</p>}
          {threads(entry.comments).map(({ comment: c, answers: replies }) => (
            <div key={c.id} className="govuk-inset-text">
              <CommentBody comment={c} />
              {replies.map((a) => (
                <div key={a.id} className="govuk-!-margin-left-6 govuk-!-margin-top-3">
                  <CommentBody comment={a} />
                </div>
              ))}
              {c.kind === 'QUESTION' && entry.writtenByMe && !entry.withdrawnAt && (
                <form className="govuk-!-margin-top-3" noValidate onSubmit={(e) => { e.preventDefault(); void onAnswer(c.id); }}>
                  <TextArea id={`answer-${c.id}`} label="Your answer" value={answers[c.id] ?? ''} rows={3}
                    onChange={(v) => setAnswers((a) => ({ ...a, [c.id]: v }))} error={errorFor(errors, `answer-${c.id}`)} />
                  <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" disabled={commenting.loading}>Answer the question</button>
                </form>
              )}
            </div>
          ))}
          {mayTakePart && (
            <form noValidate onSubmit={(e) => { e.preventDefault(); void onComment(); }}>
              <Radios id="comment-kind" legend="Add a comment or ask the author" options={COMMENT_KIND_LABELS} value={kind}
                onChange={(v) => setKind(v as CommentKind)} error={errorFor(errors, 'comment-kind')} small />
              <TextArea id="comment-body" label="Your comment or question" hint="Other schools and the council can read it." value={body}
                onChange={setBody} error={errorFor(errors, 'comment-body')} rows={4} />
              <button type="submit" className="govuk-button" disabled={commenting.loading}>Add it</button>
            </form>
          )}
        </>
      )}
    </PageLayout>
  );
}

function CommentBody({ comment: c }: { comment: { kind: PracticeCommentKind; createdAt: string; byEntryAuthor: boolean; bodyHtml: string; author?: { displayName: string } | null } }) {
  return (
    <>
      <p className="govuk-body-s govuk-!-margin-bottom-1">
        <strong className="govuk-tag govuk-tag--blue govuk-!-margin-right-1">{COMMENT_KIND_TAGS[c.kind]}</strong>
        {`${c.author?.displayName ?? (c.byEntryAuthor ? 'By the author' : 'Someone')}${c.byEntryAuthor && c.author ? ' (the author)' : ''}, ${formatDateTime(c.createdAt)}`}
      </p>
      {/* Rendered by the api from a Markdown subset with everything escaped. */}
      <div className="govuk-body govuk-!-margin-bottom-0" dangerouslySetInnerHTML={{ __html: c.bodyHtml }} />
    </>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{value}</dd>
    </div>
  );
}
