import { sessionStore } from '../auth/session-store';

/** What the file chooser offers; the api checks each file's bytes again. */
export const ACCEPTED_TYPES = 'application/pdf,image/png,image/jpeg,image/gif,image/webp,.pdf,.png,.jpg,.jpeg,.gif,.webp';

/** A size as people read it: "512 bytes", "34 KB", "2.1 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

const ACCEPTED_EXTENSIONS = ['.pdf', '.png', '.jpg', '.jpeg', '.gif', '.webp'];

/** Why a chosen file will not be accepted, before it is sent; null if it may be. */
export function fileProblem(file: { name: string; size: number }): string | null {
  const dot = file.name.lastIndexOf('.');
  const extension = dot >= 0 ? file.name.slice(dot).toLowerCase() : '';
  if (!ACCEPTED_EXTENSIONS.includes(extension)) return `${file.name} is not a PDF or an image (PNG, JPEG, GIF or WebP)`;
  if (file.size === 0) return `${file.name} is empty`;
  return null;
}

/** A file chosen on this page and not yet sent: it can still be removed. */
export interface StagedFile {
  key: string;
  file: File;
}

/**
 * Sends one file as the request body (no multipart) to the concern's attachment route, with the
 * bearer token (refreshed once on 401). Resolves to the api's refusal message, or null when stored.
 */
export async function uploadAttachment(concernId: string, file: File): Promise<string | null> {
  const send = () => {
    const token = sessionStore.accessToken;
    return fetch(`/concerns/${concernId}/attachments?fileName=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      headers: { 'content-type': file.type || 'application/octet-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: file,
    });
  };
  let response = await send();
  if (response.status === 401 && (await sessionStore.refresh())) response = await send();
  if (response.ok) return null;
  const body = (await response.json().catch(() => null)) as { message?: string | string[] } | null;
  const message = Array.isArray(body?.message) ? body.message[0] : body?.message;
  return `${file.name} was not attached: ${message ?? 'try again later'}`;
}
