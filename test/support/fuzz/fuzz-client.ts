export interface FuzzReply {
  status: number;
  /** False when the body was not JSON (e.g. a 413 from the body parser). */
  json: boolean;
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string; reason?: string; field?: string } }>;
}

/** A raw GraphQL POST that tolerates any answer, since the fuzz test judges the answer itself. */
export async function postGraphQL(url: string, query: string, variables: unknown, token?: string): Promise<FuzzReply> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  try {
    return { status: response.status, json: true, ...(JSON.parse(text) as object) };
  } catch {
    return { status: response.status, json: false };
  }
}
