import { type ChangeEvent, type FormEvent, useRef, useState } from 'react';
import { emitWithAck } from '../api/socket';
import { ErrorSummary, type FieldError, FieldErrorMessage } from '../layout/error-summary';
import type { Attachment } from './conversation-state';
import { ACCEPT_ATTRIBUTE, AttachmentError, bodyFor, fileProblem, uploadAttachment } from './message-attachments';
import { fileKind, formatBytes } from './messaging-labels';
import { MESSAGE_MAX_LENGTH, TYPING_SEND_EVERY_MS } from './messaging-limits';

interface Pending {
  clientId: string;
  body: string;
}

/**
 * Writing a message or a thread reply, with files: each file is uploaded as soon as it is chosen
 * (seen only by you until sent), then sent with the message by id. Sends are idempotent by
 * clientId, so a retry after a lost acknowledgement never posts twice.
 */
export function MessageComposer({ conversationId, parentId, connected, idPrefix = 'message', label = 'Message', submitText = 'Send message' }: {
  conversationId: string;
  parentId?: string;
  connected: boolean;
  idPrefix?: string;
  label?: string;
  submitText?: string;
}) {
  const [draft, setDraft] = useState('');
  const [attached, setAttached] = useState<Attachment[]>([]);
  const [uploading, setUploading] = useState<string[]>([]);
  const [pending, setPending] = useState<Pending[]>([]);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const lastTypingSent = useRef(0);
  const fileId = `${idPrefix}-files`;
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;

  const chooseFiles = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    const problems: FieldError[] = [];
    let count = attached.length;
    for (const file of files) {
      const problem = fileProblem(file, count);
      if (problem) {
        problems.push({ field: fileId, message: problem });
        continue;
      }
      count++;
      setUploading((current) => [...current, file.name]);
      try {
        const attachment = await uploadAttachment(conversationId, file);
        setAttached((current) => [...current, attachment]);
      } catch (error) {
        problems.push({ field: fileId, message: error instanceof AttachmentError ? error.message : `${file.name} could not be uploaded` });
      } finally {
        setUploading((current) => current.filter((name) => name !== file.name));
      }
    }
    setErrors(problems);
  };

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (uploading.length) return setErrors([{ field: fileId, message: 'Wait for your files to finish uploading' }]);
    const body = bodyFor(draft, attached);
    if (!body) return setErrors([{ field: idPrefix, message: 'Enter a message' }]);
    if (body.length > MESSAGE_MAX_LENGTH) return setErrors([{ field: idPrefix, message: `Message must be ${MESSAGE_MAX_LENGTH} characters or fewer` }]);
    setErrors([]);
    const files = attached;
    const message = { clientId: crypto.randomUUID(), body };
    setPending((current) => [...current, message]);
    setDraft('');
    setAttached([]);
    const restore = (error: string) => {
      setPending((current) => current.filter((p) => p.clientId !== message.clientId));
      setDraft(draft);
      setAttached(files);
      setErrors([{ field: idPrefix, message: error }]);
    };
    const payload = {
      conversationId, ...message, ...(parentId ? { parentId } : {}), ...(files.length ? { attachmentIds: files.map((a) => a.id) } : {}),
    };
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const ack = await emitWithAck('message.send', payload);
        if (!ack.ok) return restore(ack.error.message);
        setPending((current) => current.filter((p) => p.clientId !== message.clientId));
        return;
      } catch {
        // No acknowledgement in time: try again with the same clientId.
      }
    }
    restore('Your message could not be sent. Check your connection and try again');
  };

  const onType = (value: string) => {
    setDraft(value);
    if (errors.some((e) => e.field === idPrefix) && value.trim()) setErrors(errors.filter((e) => e.field !== idPrefix));
    if (connected && Date.now() - lastTypingSent.current > TYPING_SEND_EVERY_MS) {
      lastTypingSent.current = Date.now();
      void emitWithAck('typing', { conversationId }).catch(() => undefined);
    }
  };

  const messageError = errorFor(idPrefix);
  const filesError = errors.filter((e) => e.field === fileId).map((e) => e.message).join('. ');
  return (
    <form onSubmit={(event) => void send(event)} noValidate>
      {pending.map((p) => (
        <p key={p.clientId} className="govuk-body-s app-message__meta" role="status">Sending “{p.body.slice(0, 80)}”…</p>
      ))}
      <ErrorSummary errors={errors} />
      <div className={`govuk-form-group${messageError ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label govuk-label--s" htmlFor={idPrefix}>{label}</label>
        <FieldErrorMessage id={idPrefix} error={messageError} />
        <textarea
          className={`govuk-textarea${messageError ? ' govuk-textarea--error' : ''}`}
          id={idPrefix} name={idPrefix} rows={3} value={draft}
          aria-describedby={messageError ? `${idPrefix}-error` : undefined}
          onChange={(event) => onType(event.target.value)}
        />
      </div>
      <div className={`govuk-form-group${filesError ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label govuk-label--s" htmlFor={fileId}>Attach files (optional)</label>
        <div id={`${fileId}-hint`} className="govuk-hint">PDF or images (PNG, JPEG, GIF or WebP), each smaller than 10 MB</div>
        <FieldErrorMessage id={fileId} error={filesError} />
        <input
          className={`govuk-file-upload${filesError ? ' govuk-file-upload--error' : ''}`} id={fileId} name={fileId}
          type="file" multiple accept={ACCEPT_ATTRIBUTE}
          aria-describedby={`${fileId}-hint${filesError ? ` ${fileId}-error` : ''}`}
          onChange={(event) => void chooseFiles(event)}
        />
      </div>
      {(attached.length > 0 || uploading.length > 0) && (
        <ul className="govuk-list" aria-label="Files to send">
          {uploading.map((name) => <li key={`up-${name}`} role="status">Uploading {name}…</li>)}
          {attached.map((a) => (
            <li key={a.id}>
              {a.fileName} ({fileKind(a.mediaType)}, {formatBytes(a.byteSize)}), ready to send{' '}
              <button type="button" className="app-link-button" onClick={() => setAttached(attached.filter((x) => x.id !== a.id))}>
                Remove<span className="govuk-visually-hidden"> {a.fileName}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="submit" className="govuk-button" data-module="govuk-button">{submitText}</button>
    </form>
  );
}
