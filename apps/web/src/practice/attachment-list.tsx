import { downloadFile } from '../inspection/download-file';
import { FieldErrorMessage } from '../layout/error-summary';
import { fileSize } from './upload-file';

interface Attachment {
  id: string;
  fileName: string;
  byteSize: number;
  downloadPath: string;
}

/**
 * Files of a report or entry, each a button that downloads it with the access token (the routes
 * take no cookie, so a plain link would be refused). A refusal is handed to `onError`.
 */
export function AttachmentList({ attachments, onError }: { attachments: Attachment[]; onError: (message: string) => void }) {
  async function download(a: Attachment) {
    try {
      await downloadFile(a.downloadPath, a.fileName);
    } catch (error) {
      onError(error instanceof Error ? error.message : 'The file could not be downloaded');
    }
  }
  return (
    <ul className="govuk-list" id="attachments">
      {attachments.map((a) => (
        <li key={a.id}>
          <button type="button" className="govuk-link app-link-button" onClick={() => void download(a)}>
            {`Download ${a.fileName}`}
          </button>
          {` (${fileSize(a.byteSize)})`}
        </li>
      ))}
    </ul>
  );
}

/** The GOV.UK file upload: a label, a hint, the error above the control; several files when `multiple`. */
export function FileField({ id, label, hint, error, multiple, onChange, inputKey }: {
  id: string; label: string; hint?: string; error?: string; multiple?: boolean; onChange: (files: File[]) => void;
  /** Change it to empty the control after an upload. */
  inputKey?: number;
}) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>{label}</label>
      {hint && <div id={`${id}-hint`} className="govuk-hint">{hint}</div>}
      <FieldErrorMessage id={id} error={error} />
      <input key={inputKey} className={`govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`} id={id} name={id} type="file"
        multiple={multiple} aria-describedby={describedBy} onChange={(e) => onChange([...(e.target.files ?? [])])} />
    </div>
  );
}
