import { postFile, refusalFrom } from '../api/files';

/** What the api answers to a refused upload, in words the page can show. */
export class UploadRefused extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

/**
 * Sends one file as the raw request body to an attachment route (`POST path?fileName=…`), with the
 * bearer token (refreshing once on 401), as the pressure and practice attachment routes take it.
 * Resolves with the api's receipt; rejects with the api's message when it refuses the file.
 */
export async function uploadFile<T = { id: string; fileName: string }>(path: string, file: File): Promise<T> {
  const response = await postFile(path, file);
  if (!response.ok) throw new UploadRefused(await refusalFrom(response, uploadRefusalText(response.status, undefined)), response.status);
  return (await response.json()) as T;
}

/** The words for a refused upload: the api's own message when it gave one. */
export function uploadRefusalText(status: number, message: string | undefined): string {
  if (message) return message;
  if (status === 413) return 'The file is too big';
  if (status === 403 || status === 404) return 'You cannot add files here';
  return 'The file could not be uploaded. Try again later.';
}

/** A file's size as people read it: "900 bytes", "12 KB", "3.4 MB". */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
