import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { AccountsService, InvitationsService, User } from '@safeguard/accounts';
import type { GraphQLRequestContext } from '@safeguard/platform';
import { Actor, Authenticated, CurrentActor, Public } from '@safeguard/policy';
import { SignInThrottle } from '@safeguard/rate-limits';
import {
  AcceptInvitationInput, AuthPayload, LoginInput, RefreshSessionInput, SignInChallenge, StartTotpEnrolmentInput, TotpEnrolment,
  VerifySignInCodeInput,
} from './auth.models';
import { AuthService, IssuedTokens } from './auth.service';
import { requestMeta } from './request-meta';
import { SignInGuard } from './sign-in.guard';
import { SignInService } from './sign-in.service';

/** A second step carries only its challenge, which stands for one account's attempt. */
const challengeTokenInInput = (args: Record<string, unknown>) => (args.input as { challengeToken?: unknown } | undefined)?.challengeToken;

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly signIn: SignInService,
    private readonly accounts: AccountsService,
    private readonly invitations: InvitationsService,
  ) {}

  @Mutation(() => SignInChallenge, {
    description: 'First step of signing in: checks e-mail and password and returns a challenge for `verifySignInCode`. No tokens yet.',
  })
  @Public('signing in')
  @SignInThrottle()
  @UseGuards(SignInGuard)
  login(@Args('input') _input: LoginInput, @Context() { req }: GraphQLRequestContext): Promise<SignInChallenge> {
    return this.signIn.challenge(req.user as User, requestMeta(req));
  }

  @Mutation(() => AuthPayload, {
    description: 'Second step of signing in: a code from the authenticator app (or a recovery code) for the challenge; returns the tokens.',
  })
  @Public('the challenge token and the code are the credentials')
  @SignInThrottle(challengeTokenInInput)
  async verifySignInCode(@Args('input') input: VerifySignInCodeInput, @Context() { req }: GraphQLRequestContext): Promise<AuthPayload> {
    const tokens = await this.signIn.verify(input.challengeToken, input.code, requestMeta(req));
    return this.payload(tokens, await this.accounts.requireUser(tokens.userId));
  }

  @Mutation(() => TotpEnrolment, {
    description: 'For a challenge with `enrolmentRequired`: a new authenticator secret, its QR code and recovery codes. Confirm with `verifySignInCode`.',
  })
  @Public('the challenge token is the credential')
  @SignInThrottle(challengeTokenInInput)
  startTotpEnrolment(@Args('input') input: StartTotpEnrolmentInput, @Context() { req }: GraphQLRequestContext): Promise<TotpEnrolment> {
    return this.signIn.startEnrolment(input.challengeToken, requestMeta(req));
  }

  @Mutation(() => AuthPayload, { description: 'Exchanges a refresh token for a new pair; each refresh token works once.' })
  @Public('the refresh token is the credential')
  async refreshSession(@Args('input') input: RefreshSessionInput, @Context() { req }: GraphQLRequestContext) {
    const tokens = await this.auth.refresh(input.refreshToken, requestMeta(req));
    return this.payload(tokens, await this.accounts.requireUser(tokens.userId));
  }

  @Mutation(() => Boolean, { description: 'Signs out: ends this session and every token issued in it.' })
  @Authenticated()
  async logout(@CurrentActor() actor: Actor): Promise<boolean> {
    await this.auth.logout(actor);
    return true;
  }

  @Mutation(() => SignInChallenge, {
    description: 'Accepts an invitation (setting the password of a new account) and returns a sign-in challenge: a new account sets up its authenticator app next.',
  })
  @Public('the invitation token is the credential')
  async acceptInvitation(@Args('input') input: AcceptInvitationInput, @Context() { req }: GraphQLRequestContext): Promise<SignInChallenge> {
    const meta = requestMeta(req);
    const user = await this.invitations.accept(input.token, input.password, meta.requestId);
    return this.signIn.challenge(user, meta);
  }

  private payload(tokens: IssuedTokens, user: User): AuthPayload {
    return {
      accessToken: tokens.accessToken,
      accessTokenExpiresAt: tokens.accessTokenExpiresAt,
      refreshToken: tokens.refreshToken,
      user,
    };
  }
}
