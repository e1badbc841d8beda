import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { emitWithAck } from '../api/socket';
import { Radios, TextArea } from '../concerns/form-fields';
import { graphql } from '../graphql/generated';
import type { MessageReportReason } from '../graphql/generated/graphql';
import { refusalOf } from '../register/register-form';
import type { ChatMessage } from './conversation-state';
import type { MessageContext } from './message-item';
import { REPORT_REASONS } from './messaging-labels';
import { MESSAGE_MAX_LENGTH } from './messaging-limits';

const REPORT = graphql(`
  mutation ReportChatMessage($input: ReportMessageInput!) {
    reportMessage(input: $input) { id status }
  }
`);

const HIDE = graphql(`
  mutation HideChatMessage($input: HideMessageInput!) {
    hideMessage(input: $input) { id hiddenAt }
  }
`);

const RESTORE = graphql(`
  mutation RestoreChatMessage($messageId: ID!) {
    restoreMessage(messageId: $messageId) { id hiddenAt }
  }
`);

type Open = '' | 'edit' | 'delete' | 'report' | 'hide';

/** Your own message: edit or delete it. Someone else's: report it. A moderator: hide it or show it again. */
export function MessageActions({ message, context, mine }: { message: ChatMessage; context: MessageContext; mine: boolean }) {
  const [open, setOpen] = useState<Open>('');
  const [done, setDone] = useState('');
  const [restore, restoring] = useMutation(RESTORE);
  const [problem, setProblem] = useState('');
  const gone = !!(message.deletedAt || message.hiddenAt);
  const toggle = (which: Open) => {
    setDone('');
    setProblem('');
    setOpen(open === which ? '' : which);
  };
  const finish = (text: string) => {
    setOpen('');
    setDone(text);
  };
  const showAgain = async () => {
    try {
      await restore({ variables: { messageId: message.id } });
      setDone('Members can see the message again.');
    } catch (error) {
      setProblem(refusalOf(error, 'x').message);
    }
  };
  const button = (which: Open, text: string) => (
    <button type="button" className="app-link-button" aria-expanded={open === which} onClick={() => toggle(which)}>
      {text}
    </button>
  );
  return (
    <>
      {mine && !gone && context.canPost && button('edit', 'Edit')}
      {mine && !gone && button('delete', 'Delete')}
      {!mine && !message.deletedAt && button('report', 'Report')}
      {context.canModerate && !gone && button('hide', 'Hide')}
      {context.canModerate && message.hiddenAt && !message.deletedAt && (
        <button type="button" className="app-link-button" disabled={restoring.loading} onClick={() => void showAgain()}>
          Show it again
        </button>
      )}
      {done && <p className="govuk-body-s app-message__meta" role="status">{done}</p>}
      {problem && <p className="govuk-error-message" role="alert"><span className="govuk-visually-hidden">Error:</span> {problem}</p>}
      {open === 'edit' && <EditForm message={message} onDone={() => finish('Your message was changed.')} onCancel={() => setOpen('')} />}
      {open === 'delete' && <DeleteConfirm message={message} onDone={() => finish('')} onCancel={() => setOpen('')} />}
      {open === 'report' && <ReportForm message={message} onDone={() => finish('You reported this message to the moderators.')} />}
      {open === 'hide' && <HideForm message={message} onDone={() => finish('The message is hidden from members.')} />}
    </>
  );
}

function Problem({ text }: { text: string }) {
  if (!text) return null;
  return <p className="govuk-error-message" role="alert"><span className="govuk-visually-hidden">Error:</span> {text}</p>;
}

/** Edits go over the socket like sends: the conversation sees the new text at once. */
function EditForm({ message, onDone, onCancel }: { message: ChatMessage; onDone: () => void; onCancel: () => void }) {
  const id = `edit-${message.id}`;
  const [body, setBody] = useState(message.body ?? '');
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const text = body.trim();
    if (!text) return setError('Enter the message');
    if (text.length > MESSAGE_MAX_LENGTH) return setError(`Message must be ${MESSAGE_MAX_LENGTH} characters or fewer`);
    setSaving(true);
    try {
      const ack = await emitWithAck('message.edit', { messageId: message.id, body: text });
      if (ack.ok) onDone();
      else setError(ack.error.message);
    } catch {
      setError('Your change was not saved. Check your connection and try again');
    } finally {
      setSaving(false);
    }
  };
  return (
    <form className="app-message__form" noValidate onSubmit={(e) => void save(e)}>
      <TextArea id={id} label="Edit your message" hint="Moderators can still see the earlier text." rows={3} value={body}
        onChange={(v) => { setBody(v); if (error && v.trim()) setError(''); }} error={error} />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" disabled={saving}>Save changes</button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}

function DeleteConfirm({ message, onDone, onCancel }: { message: ChatMessage; onDone: () => void; onCancel: () => void }) {
  const [problem, setProblem] = useState('');
  const remove = async () => {
    try {
      const ack = await emitWithAck('message.delete', { messageId: message.id });
      if (ack.ok) onDone();
      else setProblem(ack.error.message);
    } catch {
      setProblem('The message was not deleted. Check your connection and try again');
    }
  };
  return (
    <div className="govuk-warning-text app-message__form">
      <span className="govuk-warning-text__icon" aria-hidden="true">!</span>
      <div className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        Delete this message? Members will no longer see its text or files; moderators still can until it is purged.
        <Problem text={problem} />
        <div className="govuk-button-group govuk-!-margin-top-2">
          <button type="button" className="govuk-button govuk-button--warning" onClick={() => void remove()}>Yes, delete it</button>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>Cancel</button>
        </div>
      </div>
    </div>
  );
}

function ReportForm({ message, onDone }: { message: ChatMessage; onDone: () => void }) {
  const [reason, setReason] = useState<MessageReportReason | ''>('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ reason?: string; note?: string }>({});
  const [report, reporting] = useMutation(REPORT);
  const id = `report-${message.id}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason) return setErrors({ reason: 'Select why you are reporting this message' });
    if (note.length > 1000) return setErrors({ note: 'Your note must be 1000 characters or fewer' });
    try {
      await report({ variables: { input: { messageId: message.id, reason, note: note.trim() || null } } });
      onDone();
    } catch (error) {
      setErrors({ note: refusalOf(error, 'note').message });
    }
  };
  return (
    <form className="app-message__form" noValidate onSubmit={(e) => void submit(e)}>
      <Radios id={`${id}-reason`} legend="Why are you reporting this message?" value={reason} options={[...REPORT_REASONS]}
        onChange={(v) => { setReason(v); setErrors({}); }} error={errors.reason}
        hint="Only the conversation’s moderators and the council’s managers see your report." />
      <TextArea id={`${id}-note`} label="What should the moderators know? (optional)" rows={2} value={note} onChange={setNote} error={errors.note} />
      <button type="submit" className="govuk-button govuk-button--warning" disabled={reporting.loading}>Report message</button>
    </form>
  );
}

function HideForm({ message, onDone }: { message: ChatMessage; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const [hide, hiding] = useMutation(HIDE);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const text = reason.trim();
    if (!text) return setError('Enter why you are hiding this message');
    if (text.length > 1000) return setError('The reason must be 1000 characters or fewer');
    try {
      await hide({ variables: { input: { messageId: message.id, reason: text } } });
      onDone();
    } catch (failure) {
      setError(refusalOf(failure, 'reason').message);
    }
  };
  return (
    <form className="app-message__form" noValidate onSubmit={(e) => void submit(e)}>
      <TextArea id={`hide-${message.id}`} label="Why are you hiding this message?" hint="Moderators and the audit trail see this." rows={2}
        value={reason} onChange={(v) => { setReason(v); if (v.trim()) setError(''); }} error={error} />
      <button type="submit" className="govuk-button govuk-button--warning" disabled={hiding.loading}>Hide message</button>
    </form>
  );
}
