import { ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { bindDatabaseActor } from '@safeguard/database';
import { Actor, AUTHORIZE_KEY, databaseActorOf, OperationPolicy, rolesAllowed } from '@safeguard/policy';
import { AuthException, AuthExceptionReason } from './auth.exception';
import { httpRequestOf } from './request-meta';

/**
 * The one guard on every operation. It reads the operation's declared policy (@Authorize,
 * @Authenticated or @Public): an operation that declares none is refused, so forgetting a
 * policy fails closed. Signed-in users are authenticated by the passport `jwt` strategy.
 */
@Injectable()
export class PolicyGuard extends AuthGuard('jwt') {
  private readonly logger = new Logger(PolicyGuard.name);

  constructor(private readonly reflector: Reflector) {
    super();
  }

  override getRequest(context: ExecutionContext) {
    return httpRequestOf(context);
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<OperationPolicy | undefined>(AUTHORIZE_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!policy) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} declares no policy; refused`);
      throw new AuthException(AuthExceptionReason.NO_POLICY, 'This operation is not available');
    }
    if (policy.kind === 'public') return true;
    if (context.getType() === 'ws') return this.canHandleSocketEvent(context, policy);
    await super.canActivate(context);
    const actor = httpRequestOf(context).user as Actor;
    // Row-level security: the rest of this request's queries act for this actor.
    bindDatabaseActor(databaseActorOf(actor));
    if (policy.kind === 'permission') {
      const allowed = rolesAllowed(policy.permission);
      if (!actor.hasRole(...allowed)) {
        throw new AuthException(AuthExceptionReason.ROLE_REQUIRED, 'Your role does not allow this');
      }
    }
    return true;
  }

  /**
   * Socket events: the connection was authenticated in the handshake (its Actor is on the socket).
   * A refusal is sent back as the event's acknowledgement, the way every socket refusal is.
   */
  private canHandleSocketEvent(context: ExecutionContext, policy: OperationPolicy): boolean {
    const actor = (context.switchToWs().getClient<{ data?: { actor?: Actor } }>().data?.actor);
    const allowed = actor && (policy.kind !== 'permission' || actor.hasRole(...rolesAllowed(policy.permission)));
    if (allowed) return true;
    const ack: unknown = context.getArgByIndex(2);
    if (typeof ack === 'function') {
      ack({ ok: false, error: { code: actor ? 'FORBIDDEN' : 'UNAUTHENTICATED', reason: actor ? AuthExceptionReason.ROLE_REQUIRED : AuthExceptionReason.TOKEN_INVALID, message: actor ? 'Your role does not allow this' : 'Sign in to continue' } });
    }
    return false;
  }

  override handleRequest<TUser>(error: unknown, user: TUser | false): TUser {
    if (error) throw error;
    if (!user) throw new AuthException(AuthExceptionReason.TOKEN_INVALID, 'Sign in to continue');
    return user;
  }
}
