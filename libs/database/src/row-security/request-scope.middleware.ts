import { Injectable, NestMiddleware } from '@nestjs/common';
import { runInRequestScope } from './database-context';

/** Gives each HTTP request its own database context, empty until the policy guard binds the actor. */
@Injectable()
export class RequestScopeMiddleware implements NestMiddleware {
  use(_request: unknown, _response: unknown, next: () => void): void {
    runInRequestScope(next);
  }
}
