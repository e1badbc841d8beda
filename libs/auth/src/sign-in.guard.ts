import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import { AuthException, AuthExceptionReason } from './auth.exception';

/** Runs the local strategy on the `input` argument of the login mutation. */
@Injectable()
export class SignInGuard extends AuthGuard('local') {
  override getRequest(context: ExecutionContext) {
    const gql = GqlExecutionContext.create(context);
    const req = gql.getContext().req;
    req.body = gql.getArgs().input ?? {};
    return req;
  }

  override handleRequest<TUser>(error: unknown, user: TUser | false): TUser {
    if (error) throw error;
    // passport-local fails without calling validate when a field is empty.
    if (!user) throw new AuthException(AuthExceptionReason.INVALID_CREDENTIALS, 'Enter your e-mail address and password');
    return user;
  }
}
