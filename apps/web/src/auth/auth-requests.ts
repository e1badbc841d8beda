import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../graphql/generated';
import type { Session } from './session';

/**
 * Sign-in, refresh and sign-out over plain fetch, apart from Apollo: they must work when Apollo's
 * own requests are failing for want of a token.
 *
 * Sign-in is one step today (`login`). When the second factor lands, `login` returns a challenge
 * and `verifySignInCode(challengeToken, code)` returns the tokens: `signIn` below and the
 * sign-in page's second form are the only places to change.
 */
const LOGIN = graphql(`
  mutation SignIn($input: LoginInput!) {
    login(input: $input) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      user { id displayName email }
    }
  }
`);

const REFRESH = graphql(`
  mutation RefreshSession($input: RefreshSessionInput!) {
    refreshSession(input: $input) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      user { id displayName email }
    }
  }
`);

const LOGOUT = graphql(`
  mutation SignOut {
    logout
  }
`);

export interface GraphQLFailure {
  message: string;
  extensions?: { code?: string; reason?: string; field?: string };
}

/** A refusal from the api, with its code and reason for the page to word. */
export class RequestRefused extends Error {
  constructor(readonly errors: GraphQLFailure[]) {
    super(errors[0]?.message ?? 'The request was refused');
  }

  get reason(): string | undefined {
    return this.errors[0]?.extensions?.reason;
  }
}

async function post<R, V>(document: TypedDocumentNode<R, V>, variables: V, token?: string): Promise<R> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: R; errors?: GraphQLFailure[] };
  if (body.errors?.length || !body.data) throw new RequestRefused(body.errors ?? []);
  return body.data;
}

type Tokens = Omit<Session, 'issuedAt'>;
const toSession = (tokens: Tokens): Session => ({ ...tokens, issuedAt: Date.now() });

export async function signIn(email: string, password: string): Promise<Session> {
  const data = await post(LOGIN, { input: { email, password } });
  return toSession(data.login);
}

export async function refreshTokens(refreshToken: string): Promise<Session> {
  const data = await post(REFRESH, { input: { refreshToken } });
  return toSession(data.refreshSession);
}

export async function signOutOnServer(accessToken: string): Promise<void> {
  await post(LOGOUT, {}, accessToken);
}
