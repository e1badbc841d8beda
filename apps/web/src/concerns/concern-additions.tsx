import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { downloadFile } from '../inspection/download-file';
import { graphql } from '../graphql/generated';
import { ErrorSummary, type FieldError } from '../layout/error-summary';
import { refusalOf } from './decide-page';
import { formatDateTime } from './concern-labels';
import { type StagedFile, formatSize, uploadAttachment } from './attachments';
import { AttachmentsField } from './attachments-field';
import { TextArea } from './form-fields';

const ADD_TO_CONCERN = graphql(`
  mutation AddToConcern($input: AddToConcernInput!) {
    addToConcern(input: $input) { id }
  }
`);

interface Attachment {
  id: string;
  fileName: string;
  byteSize: number;
  downloadPath: string;
  addedAfterSubmission: boolean;
  createdAt: string;
}

/** A concern's files, each downloadable with the signed-in person's token. */
export function ConcernAttachments({ attachments }: { attachments: Attachment[] }) {
  const [problem, setProblem] = useState<string | null>(null);
  if (!attachments.length) return null;
  return (
    <>
      <h2 className="govuk-heading-m">Attachments</h2>
      {problem && <p className="govuk-error-message" role="alert">{problem}</p>}
      <ul className="govuk-list" aria-label="Attachments">
        {attachments.map((a) => (
          <li key={a.id}>
            <button type="button" className="govuk-link app-link-button"
              onClick={() => void downloadFile(a.downloadPath, a.fileName).then(() => setProblem(null), (e: Error) => setProblem(e.message))}>
              Download {a.fileName}
            </button>{' '}
            ({formatSize(a.byteSize)}{a.addedAfterSubmission ? `, added ${formatDateTime(a.createdAt)}` : ''})
          </li>
        ))}
      </ul>
    </>
  );
}

/** What was added after submission, and the form to add more: words, files or both. Nothing submitted is ever edited. */
export function ConcernAdditions({ concernId, additions, canAdd, onAdded }: {
  concernId: string;
  additions: Array<{ id: string; text: string; createdAt: string }>;
  canAdd: boolean;
  onAdded: () => Promise<unknown>;
}) {
  const [add, { loading }] = useMutation(ADD_TO_CONCERN);
  const [text, setText] = useState('');
  const [staged, setStaged] = useState<StagedFile[]>([]);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    if (!text.trim() && !staged.length) {
      setErrors([{ field: 'addition', message: 'Enter what you want to add, or choose a file' }]);
      return;
    }
    setSending(true);
    try {
      if (text.trim()) await add({ variables: { input: { concernId, text: text.trim() } } });
      setText('');
      const refused: FieldError[] = [];
      const left: StagedFile[] = [];
      for (const s of staged) {
        const problem = await uploadAttachment(concernId, s.file);
        if (problem) {
          refused.push({ field: 'attachments', message: problem });
          left.push(s);
        }
      }
      setStaged(left);
      setErrors(refused);
      await onAdded();
      if (!refused.length) setDone('Your information has been added to the concern');
    } catch (refusal) {
      setErrors([{ ...refusalOf(refusal), field: 'addition' }]);
    } finally {
      setSending(false);
    }
  }

  return (
    <>
      {additions.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Added since submission</h2>
          <ul className="govuk-list govuk-list--spaced">
            {additions.map((a) => (
              <li key={a.id}>
                <span className="govuk-body-s">{formatDateTime(a.createdAt)}</span>
                <br />
                <span className="app-pre-wrap">{a.text}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {canAdd && (
        <form onSubmit={submit} noValidate aria-labelledby="add-heading">
          <h2 className="govuk-heading-m" id="add-heading">Add information</h2>
          <ErrorSummary errors={errors} />
          {done && (
            <div className="govuk-notification-banner govuk-notification-banner--success" role="status" aria-labelledby="added-title">
              <div className="govuk-notification-banner__header"><h3 className="govuk-notification-banner__title" id="added-title">Success</h3></div>
              <div className="govuk-notification-banner__content"><p className="govuk-notification-banner__heading">{done}</p></div>
            </div>
          )}
          <TextArea id="addition" label="What do you want to add?" hint="Anything learnt since. The concern itself is never changed; additions are kept with it."
            value={text} onChange={setText} error={errors.find((e) => e.field === 'addition')?.message} />
          <AttachmentsField attached={[]} staged={staged} onChange={setStaged} error={errors.find((e) => e.field === 'attachments')?.message}
            onProblem={(message) => setErrors(message ? [{ field: 'attachments', message }] : [])} />
          <button type="submit" className="govuk-button" disabled={loading || sending}>Add to the concern</button>
        </form>
      )}
    </>
  );
}
