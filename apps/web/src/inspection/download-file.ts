import { sessionStore } from '../auth/session-store';

/**
 * The report's files are REST routes that take the bearer token only (no cookies), so a plain link
 * would be refused: fetch with the Authorization header (refreshing once on 401), then hand the
 * browser a blob URL to save under the server's file name.
 */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  let response = await fetchWithToken(path);
  if (response.status === 401 && (await sessionStore.refresh())) response = await fetchWithToken(path);
  if (!response.ok) throw new Error(response.status === 404 || response.status === 403 ? 'You cannot download this file' : 'The file could not be downloaded. Try again later.');
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileNameOf(response.headers.get('content-disposition')) ?? fallbackName;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // Revoked after the click has been handled, so the download has its bytes.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

function fetchWithToken(path: string): Promise<Response> {
  const token = sessionStore.accessToken;
  return fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

export function fileNameOf(disposition: string | null): string | undefined {
  return disposition?.match(/filename="([^"]+)"/)?.[1];
}
