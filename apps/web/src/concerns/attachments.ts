import { postFile, refusalFrom } from '../api/files';

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
  const response = await postFile(`/concerns/${concernId}/attachments`, file);
  if (response.ok) return null;
  return `${file.name} was not attached: ${await refusalFrom(response, 'try again later')}`;
}
