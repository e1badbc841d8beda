import { sessionStore } from '../auth/session-store';

/** The api's answer to an upload: the run's id, or its refusal in words. */
export type UploadOutcome = { runId: string } | { refusal: string };

/**
 * Sends the CSV as the request body (the upload route takes raw bytes and the bearer token only),
 * refreshing the session once if the token has just expired.
 */
export async function uploadGiasFile(file: File): Promise<UploadOutcome> {
  const send = () => {
    const token = sessionStore.accessToken;
    return fetch(`/gias-imports?fileName=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: file,
    });
  };
  let response = await send();
  if (response.status === 401 && (await sessionStore.refresh())) response = await send();
  if (response.ok) return { runId: ((await response.json()) as { id: string }).id };
  return { refusal: await refusalMessage(response) };
}

async function refusalMessage(response: Response): Promise<string> {
  if (response.status === 403) return 'You cannot import GIAS files';
  try {
    const body = (await response.json()) as { message?: string };
    if (body.message) return body.message;
  } catch {
    // Not JSON: fall through to the general message.
  }
  return 'The file could not be uploaded. Try again later.';
}
