import { fetchWithSession, saveResponse } from '../api/files';

/**
 * The report's files are REST routes that take the bearer token only (no cookies), so a plain link
 * would be refused: fetch with the Authorization header (refreshing once on 401), then hand the
 * browser a blob URL to save under the server's file name.
 */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  const response = await fetchWithSession(path);
  if (!response.ok) throw new Error(response.status === 404 || response.status === 403 ? 'You cannot download this file' : 'The file could not be downloaded. Try again later.');
  await saveResponse(response, fileNameOf(response.headers.get('content-disposition')) ?? fallbackName);
}

export function fileNameOf(disposition: string | null): string | undefined {
  return disposition?.match(/filename="([^"]+)"/)?.[1];
}
