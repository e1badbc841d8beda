import { useRef } from 'react';
import { FieldErrorMessage } from '../layout/error-summary';
import { ACCEPTED_TYPES, fileProblem, formatSize, type StagedFile } from './attachments';

let nextKey = 0;

/**
 * Files for a concern: those already attached (kept for good, like every part of a concern) and
 * those chosen here, listed with name and size, which can be removed until the concern is saved.
 */
export function AttachmentsField({ attached, staged, onChange, error, onProblem }: {
  attached: Array<{ id: string; fileName: string; byteSize: number }>;
  staged: StagedFile[];
  onChange: (staged: StagedFile[]) => void;
  error?: string;
  onProblem: (message: string | null) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  function choose(files: FileList | null) {
    if (!files?.length) return;
    const chosen = [...files];
    const problem = chosen.map(fileProblem).find(Boolean) ?? null;
    onProblem(problem);
    onChange([...staged, ...chosen.filter((f) => !fileProblem(f)).map((file) => ({ key: `f${nextKey++}`, file }))]);
    if (input.current) input.current.value = '';
  }
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <h2 className="govuk-heading-m">Attachments (optional)</h2>
      {attached.length > 0 && (
        <dl className="govuk-summary-list" aria-label="Files attached">
          {attached.map((a) => (
            <div className="govuk-summary-list__row govuk-summary-list__row--no-actions" key={a.id}>
              <dt className="govuk-summary-list__key">{a.fileName}</dt>
              <dd className="govuk-summary-list__value">{formatSize(a.byteSize)}, attached</dd>
            </div>
          ))}
        </dl>
      )}
      {staged.length > 0 && (
        <dl className="govuk-summary-list" aria-label="Files to attach">
          {staged.map((s) => (
            <div className="govuk-summary-list__row" key={s.key}>
              <dt className="govuk-summary-list__key">{s.file.name}</dt>
              <dd className="govuk-summary-list__value">{formatSize(s.file.size)}, attached when you save or submit</dd>
              <dd className="govuk-summary-list__actions">
                <button type="button" className="govuk-link app-link-button" onClick={() => onChange(staged.filter((x) => x.key !== s.key))}>
                  Remove<span className="govuk-visually-hidden"> {s.file.name}</span>
                </button>
              </dd>
            </div>
          ))}
        </dl>
      )}
      <label className="govuk-label" htmlFor="attachments">Add a file</label>
      <div className="govuk-hint" id="attachments-hint">
        A PDF or a picture (PNG, JPEG, GIF or WebP). Once the concern is saved a file stays with it for good.
      </div>
      <FieldErrorMessage id="attachments" error={error} />
      <input ref={input} className={`govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`} id="attachments" name="attachments" type="file" multiple
        accept={ACCEPTED_TYPES} aria-describedby={`attachments-hint${error ? ' attachments-error' : ''}`} onChange={(e) => choose(e.target.files)} />
    </div>
  );
}
