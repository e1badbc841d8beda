import { type MouseEvent, useState } from 'react';
import type { Attachment } from './conversation-state';
import { AttachmentError, downloadAttachment } from './message-attachments';
import { fileKind, formatBytes } from './messaging-labels';

/**
 * A message's files as download links with their kind and size. The link carries the file's
 * address, but the download goes through fetch: the api wants the access token, which a plain link
 * cannot send.
 */
export function AttachmentList({ attachments }: { attachments: Attachment[] }) {
  const [problem, setProblem] = useState('');
  if (!attachments.length) return null;
  const download = async (event: MouseEvent, attachment: Attachment) => {
    event.preventDefault();
    setProblem('');
    try {
      await downloadAttachment(attachment);
    } catch (error) {
      setProblem(error instanceof AttachmentError ? error.message : 'The file could not be downloaded. Try again later');
    }
  };
  return (
    <>
      <ul className="govuk-list app-attachments" aria-label="Attached files">
        {attachments.map((a) => (
          <li key={a.id}>
            <a className="govuk-link" href={`/message-attachments/${a.id}`} download={a.fileName} onClick={(e) => void download(e, a)}>
              {a.fileName}
            </a>{' '}
            <span className="govuk-body-s app-message__meta">({fileKind(a.mediaType)}, {formatBytes(a.byteSize)})</span>
          </li>
        ))}
      </ul>
      {problem && <p className="govuk-error-message" role="alert"><span className="govuk-visually-hidden">Error:</span> {problem}</p>}
    </>
  );
}
