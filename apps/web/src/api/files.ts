import { sessionStore } from '../auth/session-store';

/**
 * The api's file routes (attachments, GIAS uploads, report downloads) take the bearer token only,
 * never a cookie, so a plain link or form would be refused. Every file request goes through here:
 * the token, refreshed once when it has just expired.
 */
export async function fetchWithSession(url: string, init: RequestInit = {}): Promise<Response> {
  const send = () => {
    const token = sessionStore.accessToken;
    return fetch(url, { ...init, headers: { ...init.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } });
  };
  const response = await send();
  if (response.status !== 401 || !(await sessionStore.refresh())) return response;
  return send();
}

/** Sends one file as the raw request body (no multipart) to `path?fileName=…`, as every upload route takes it. */
export function postFile(path: string, file: File, contentType = file.type || 'application/octet-stream'): Promise<Response> {
  return fetchWithSession(`${path}?fileName=${encodeURIComponent(file.name)}`, { method: 'POST', headers: { 'content-type': contentType }, body: file });
}

/** The api's own words for a refused file request (its JSON `message`), or the fallback. */
export async function refusalFrom(response: Response, fallback: string): Promise<string> {
  const body = (await response.json().catch(() => null)) as { message?: unknown } | null;
  const message = Array.isArray(body?.message) ? body.message[0] : body?.message;
  return typeof message === 'string' && message ? message : fallback;
}

/** Hands a downloaded file to the browser to save under this name. */
export async function saveResponse(response: Response, fileName: string): Promise<void> {
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // Revoked after the click has been handled, so the download has its bytes.
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
