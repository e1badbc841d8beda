import { sessionStore } from '../auth/session-store';
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

/** The api's words for a refused upload or download, from its JSON refusal. */
async function refusal(response: Response, fallback: string): Promise<string> {
  try {
    const body = (await response.json()) as { message?: unknown };
    if (typeof body.message === 'string' && body.message) return body.message;
  } catch {
    // Not JSON: fall back to our own words.
  }
  return fallback;
}

/** A request with the access token, refreshed once if it had expired. */
async function withToken(url: string, init: RequestInit = {}): Promise<Response> {
  const send = () => fetch(url, { ...init, headers: { ...init.headers, authorization: `Bearer ${sessionStore.accessToken ?? ''}` } });
  const response = await send();
  if (response.status !== 401 || !(await sessionStore.refresh())) return response;
  return send();
}

export class AttachmentError extends Error {}

/** Uploads one file to a conversation; it is seen only by you until sent with a message. */
export async function uploadAttachment(conversationId: string, file: File): Promise<Attachment> {
  const url = `/conversations/${encodeURIComponent(conversationId)}/attachments?fileName=${encodeURIComponent(file.name)}`;
  let response: Response;
  try {
    response = await withToken(url, { method: 'POST', headers: { 'content-type': file.type || 'application/octet-stream' }, body: file });
  } catch {
    throw new AttachmentError(`${file.name} could not be uploaded. Check your connection and try again`);
  }
  if (response.status === 413) throw new AttachmentError(`${file.name} must be smaller than ${formatBytes(ATTACHMENT_MAX_BYTES)}`);
  if (!response.ok) throw new AttachmentError(`${file.name}: ${await refusal(response, 'the file was refused')}`);
  return (await response.json()) as Attachment;
}

/** Downloads a file sent in a conversation and hands it to the browser to save. */
export async function downloadAttachment(attachment: Pick<Attachment, 'id' | 'fileName'>): Promise<void> {
  const response = await withToken(`/message-attachments/${encodeURIComponent(attachment.id)}`);
  if (!response.ok) {
    throw new AttachmentError(response.status === 404 ? 'This file is no longer available to you' : await refusal(response, 'The file could not be downloaded'));
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = attachment.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
