import { createHash } from 'node:crypto';
import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { InjectThrottlerOptions, InjectThrottlerStorage, normalizeIp, ThrottlerGuard, ThrottlerLimitDetail } from '@nestjs/throttler';
import type { ThrottlerModuleOptions, ThrottlerStorage } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { GraphQLResolveInfo } from 'graphql';
import { RateLimitException, RateLimitReason } from './rate-limit.exception';
import { RateLimitSettings } from './rate-limits';
import { SIGN_IN_THROTTLE_KEY, SignInAccountOf } from './sign-in-throttle.decorator';

const HTTP_WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const SIGN_IN_ACCOUNT = 'sign-in-account';
export const SIGN_IN_ADDRESS = 'sign-in-address';
export const MUTATIONS = 'mutations';

function isGraphql(context: ExecutionContext): boolean {
  return context.getType<GqlContextType>() === 'graphql';
}

function isWrite(context: ExecutionContext): boolean {
  if (isGraphql(context)) return GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>().parentType.name === 'Mutation';
  return context.getType() === 'http' && HTTP_WRITES.has(context.switchToHttp().getRequest<Request>().method);
}

function argsOf(context: ExecutionContext): Record<string, unknown> {
  return isGraphql(context) ? GqlExecutionContext.create(context).getArgs<Record<string, unknown>>() : {};
}

const addressOf = (req: Request) => normalizeIp(req.ip ?? 'unknown');

/** The three limits of RATE_LIMITS as @nestjs/throttler throttlers. Windows are in milliseconds there. */
export function rateLimitOptions(settings: RateLimitSettings, reflector: Reflector): ThrottlerModuleOptions {
  const accountOf = (context: ExecutionContext) => reflector.get<SignInAccountOf | undefined>(SIGN_IN_THROTTLE_KEY, context.getHandler());
  const signInAccount = (context: ExecutionContext): string | undefined => {
    const account = accountOf(context)?.(argsOf(context));
    return typeof account === 'string' && account.trim() ? account.trim().toLowerCase() : undefined;
  };
  return {
    setHeaders: false,
    throttlers: [
      {
        name: SIGN_IN_ACCOUNT,
        limit: settings.signIn.perAccount,
        ttl: settings.signIn.windowSeconds * 1000,
        skipIf: (context) => signInAccount(context) === undefined,
        getTracker: (_req, context) => signInAccount(context) ?? '',
      },
      {
        name: SIGN_IN_ADDRESS,
        limit: settings.signIn.perAddress,
        ttl: settings.signIn.windowSeconds * 1000,
        skipIf: (context) => !accountOf(context),
        getTracker: (req) => addressOf(req as Request),
      },
      {
        name: MUTATIONS,
        limit: settings.mutations.perAccount,
        ttl: settings.mutations.windowSeconds * 1000,
        skipIf: (context) => !isWrite(context),
        // The signed-in account (PolicyGuard, registered before this guard, has set req.user), else the address.
        getTracker: (req) => {
          const userId = (req.user as { userId?: unknown } | undefined)?.userId;
          return typeof userId === 'string' ? `user:${userId}` : `address:${addressOf(req as Request)}`;
        },
      },
    ],
  };
}

/**
 * @nestjs/throttler's guard for GraphQL and REST: each top-level field runs it, so every alias of
 * `login` in one request is one attempt. Socket events have their own per-socket limits (messaging).
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  constructor(@InjectThrottlerOptions() options: ThrottlerModuleOptions, @InjectThrottlerStorage() storage: ThrottlerStorage, reflector: Reflector) {
    super(options, storage, reflector);
  }

  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    return !isGraphql(context) && context.getType() !== 'http';
  }

  // The base class types these loosely; GraphQL carries the express pair in its context.
  protected override getRequestResponse(context: ExecutionContext): { req: Request; res: Response } {
    if (!isGraphql(context)) return super.getRequestResponse(context) as { req: Request; res: Response };
    const { req, res } = GqlExecutionContext.create(context).getContext<{ req: Request; res: Response }>();
    return { req, res };
  }

  /** The throttler's name, then a hash of the tracker: no e-mail address or IP address is kept in Redis as typed. */
  protected override generateKey(context: ExecutionContext, tracker: string, name: string): string {
    const operation = name === MUTATIONS ? '' : `${context.getHandler().name}:`;
    return `${name}:${operation}${createHash('sha256').update(tracker).digest('hex')}`;
  }

  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const retryAfter = Math.max(1, detail.timeToBlockExpire);
    const { res } = this.getRequestResponse(context);
    if (res && !res.headersSent) res.setHeader('Retry-After', String(retryAfter));
    const reason = detail.key.startsWith(MUTATIONS) ? RateLimitReason.MUTATION_RATE_LIMITED : RateLimitReason.SIGN_IN_RATE_LIMITED;
    throw new RateLimitException(reason, retryAfter);
  }
}
