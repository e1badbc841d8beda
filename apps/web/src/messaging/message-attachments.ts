import { fetchWithSession, postFile, refusalFrom, saveResponse } from '../api/files';
import type { Attachment } from './conversation-state';
import { formatBytes } from './messaging-labels';
import { ATTACHMENT_MAX_BYTES, ATTACHMENTS_PER_MESSAGE } from './messaging-limits';

/** The kinds of file the api accepts (it checks the content too: a renamed file is still refused). */
const ACCEPTED = /^(application\/pdf|image\/(png|jpeg|gif|webp))$/;
const ACCEPTED_NAME = /\.(pdf|png|jpe?g|gif|webp)$/i;
export const ACCEPT_ATTRIBUTE = 'application/pdf,image/png,image/jpeg,image/gif,image/webp';

/** Why a chosen file cannot be sent, before uploading it; null when it may be tried. */
export function fileProblem(file: { name: string; size: number; type: string }, alreadyChosen = 0): string | null {
  if (alreadyChosen >= ATTACHMENTS_PER_MESSAGE) return `You can attach up to ${ATTACHMENTS_PER_MESSAGE} files to one message`;
  if (file.size === 0) return `${file.name} is empty`;
  if (file.size > ATTACHMENT_MAX_BYTES) return `${file.name} must be smaller than ${formatBytes(ATTACHMENT_MAX_BYTES)}`;
  if (!(file.type ? ACCEPTED.test(file.type) : ACCEPTED_NAME.test(file.name))) return `${file.name} must be a PDF or an image (PNG, JPEG, GIF or WebP)`;
  return null;
}

/** The body a message with files but no words is sent with (the api needs some text). */
export function bodyFor(text: string, attachments: ReadonlyArray<{ fileName: string }>): string {
  const trimmed = text.trim();
  if (trimmed || !attachments.length) return trimmed;
  return `Shared ${attachments.map((a) => a.fileName).join(', ')}`;
}

export class AttachmentError extends Error {}

/** Uploads one file to a conversation; it is seen only by you until sent with a message. */
export async function uploadAttachment(conversationId: string, file: File): Promise<Attachment> {
  let response: Response;
  try {
    response = await postFile(`/conversations/${encodeURIComponent(conversationId)}/attachments`, file);
  } catch {
    throw new AttachmentError(`${file.name} could not be uploaded. Check your connection and try again`);
  }
  if (response.status === 413) throw new AttachmentError(`${file.name} must be smaller than ${formatBytes(ATTACHMENT_MAX_BYTES)}`);
  if (!response.ok) throw new AttachmentError(`${file.name}: ${await refusalFrom(response, 'the file was refused')}`);
  return (await response.json()) as Attachment;
}

/** Downloads a file sent in a conversation and hands it to the browser to save. */
export async function downloadAttachment(attachment: Pick<Attachment, 'id' | 'fileName'>): Promise<void> {
  const response = await fetchWithSession(`/message-attachments/${encodeURIComponent(attachment.id)}`);
  if (!response.ok) {
    throw new AttachmentError(response.status === 404 ? 'This file is no longer available to you' : await refusalFrom(response, 'The file could not be downloaded'));
  }
  await saveResponse(response, attachment.fileName);
}
