import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { AccountsService, InvitationsService, User } from '@safeguard/accounts';
import type { GraphQLRequestContext } from '@safeguard/platform';
import { Actor, Authenticated, CurrentActor, Public } from '@safeguard/policy';
import { SignInThrottle } from '@safeguard/rate-limits';
import { AcceptInvitationInput, AuthPayload, LoginInput, RefreshSessionInput } from './auth.models';
import { AuthService, IssuedTokens } from './auth.service';
import { requestMeta } from './request-meta';
import { SignInGuard } from './sign-in.guard';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly accounts: AccountsService,
    private readonly invitations: InvitationsService,
  ) {}

  @Mutation(() => AuthPayload, { description: 'Signs in with e-mail and password.' })
  @Public('signing in')
  @SignInThrottle()
  @UseGuards(SignInGuard)
  async login(@Args('input') _input: LoginInput, @Context() { req }: GraphQLRequestContext): Promise<AuthPayload> {
    const user = req.user as User;
    return this.payload(await this.auth.startSession(user, requestMeta(req)), user);
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

  @Mutation(() => AuthPayload, { description: 'Accepts an invitation, setting a password for a new account, and signs in.' })
  @Public('the invitation token is the credential')
  async acceptInvitation(@Args('input') input: AcceptInvitationInput, @Context() { req }: GraphQLRequestContext) {
    const meta = requestMeta(req);
    const user = await this.invitations.accept(input.token, input.password, meta.requestId);
    return this.payload(await this.auth.startSession(user, meta), user);
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
