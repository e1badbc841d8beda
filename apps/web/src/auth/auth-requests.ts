import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../graphql/generated';
import { type Session, sessionFromTokens } from './session';

/**
 * Sign-in, refresh and sign-out over plain fetch, apart from Apollo: they must work when Apollo's
 * own requests are failing for want of a token.
 *
 * Sign-in has two steps: `login` checks the password and returns a challenge; with it,
 * `verifySignInCode` takes a code from the authenticator app (or a recovery code) and returns the
 * tokens. An account without an app first gets its QR code and recovery codes from
 * `startTotpEnrolment`, and the first code from the app confirms it.
 */
const LOGIN = graphql(`
  mutation SignIn($input: LoginInput!) {
    login(input: $input) {
      challengeToken
      enrolmentRequired
    }
  }
`);

const VERIFY = graphql(`
  mutation VerifySignInCode($input: VerifySignInCodeInput!) {
    verifySignInCode(input: $input) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      user { id displayName email }
    }
  }
`);

const ENROL = graphql(`
  mutation StartTotpEnrolment($input: StartTotpEnrolmentInput!) {
    startTotpEnrolment(input: $input) {
      secret
      qrCodeDataUrl
      recoveryCodes
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

const ACCEPT_INVITATION = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      challengeToken
      enrolmentRequired
    }
  }
`);

const REQUEST_PASSWORD_RESET = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`);

const RESET_PASSWORD = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
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

  /** The input field the api named, if it named one. */
  get field(): string | undefined {
    return this.errors[0]?.extensions?.field;
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

const toSession = (tokens: Omit<Session, 'issuedAt'>): Session => sessionFromTokens(tokens);

/** The password step: a challenge for the code, saying whether the authenticator must be set up first. */
export interface SignInChallenge {
  challengeToken: string;
  enrolmentRequired: boolean;
}

export interface TotpEnrolment {
  secret: string;
  qrCodeDataUrl: string;
  recoveryCodes: string[];
}

export async function signIn(email: string, password: string): Promise<SignInChallenge> {
  const data = await post(LOGIN, { input: { email, password } });
  return data.login;
}

export async function startEnrolment(challengeToken: string): Promise<TotpEnrolment> {
  const data = await post(ENROL, { input: { challengeToken } });
  return data.startTotpEnrolment;
}

export async function verifySignInCode(challengeToken: string, code: string): Promise<Session> {
  const data = await post(VERIFY, { input: { challengeToken, code } });
  return toSession(data.verifySignInCode);
}

export async function refreshTokens(refreshToken: string): Promise<Session> {
  const data = await post(REFRESH, { input: { refreshToken } });
  return toSession(data.refreshSession);
}

export async function signOutOnServer(accessToken: string): Promise<void> {
  await post(LOGOUT, {}, accessToken);
}

/** Accepting an invitation sets the password and starts a sign-in, whose next step is the authenticator. */
export async function acceptInvitation(token: string, password: string): Promise<SignInChallenge> {
  const data = await post(ACCEPT_INVITATION, { input: { token, password } });
  return data.acceptInvitation;
}

export async function requestPasswordReset(email: string): Promise<void> {
  await post(REQUEST_PASSWORD_RESET, { input: { email } });
}

export async function resetPassword(token: string, newPassword: string): Promise<void> {
  await post(RESET_PASSWORD, { input: { token, newPassword } });
}
