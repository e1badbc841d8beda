import { postFile, refusalFrom } from '../api/files';

/** The api's answer to an upload: the run's id, or its refusal in words. */
export type UploadOutcome = { runId: string } | { refusal: string };

/**
 * Sends the CSV as the request body (the upload route takes raw bytes and the bearer token only),
 * refreshing the session once if the token has just expired.
 */
export async function uploadGiasFile(file: File): Promise<UploadOutcome> {
  const response = await postFile('/gias-imports', file, 'text/csv');
  if (response.ok) return { runId: ((await response.json()) as { id: string }).id };
  if (response.status === 403) return { refusal: 'You cannot import GIAS files' };
  return { refusal: await refusalFrom(response, 'The file could not be uploaded. Try again later.') };
}
