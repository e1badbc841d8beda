import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlArgumentsHost, GqlContextType } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import type { Request, Response } from 'express';
import { databaseFaultOf, databaseRefusalOf, DomainException, GraphQLErrorCode } from '@safeguard/platform';
import { Actor } from '@safeguard/policy';
import { AuditOutcome } from './audit-event.entity';
import { AuditService } from './audit.service';

// Sign-in records its own refusals with more detail; recording them twice would only add noise.
const SELF_AUDITED = new Set(['login', 'refreshSession']);

const logger = new Logger('AuditRefusalsFilter');

// REST requests that change something, audited when refused as mutations are.
const HTTP_WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const HTTP_STATUSES: Record<GraphQLErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INTERNAL_SERVER_ERROR: 500,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
};

/** A domain's exception may name a more precise status than its code's (e.g. 413); no library imports another domain's class. */
function httpStatusOf(exception: DomainException): number {
  const precise = (exception as { httpStatus?: unknown }).httpStatus;
  return typeof precise === 'number' && precise >= 400 && precise <= 599 ? precise : HTTP_STATUSES[exception.code];
}

function actorOf(req: Request): Actor {
  return req.user instanceof Actor ? req.user : new Actor(null, [], req.requestId ?? 'unknown');
}

function outcomeOf(exception: unknown): { outcome: AuditOutcome; code: string; reason?: string; field?: string } {
  if (exception instanceof DomainException) {
    const denied = exception.code === GraphQLErrorCode.UNAUTHENTICATED || exception.code === GraphQLErrorCode.FORBIDDEN;
    const failed = exception.code === GraphQLErrorCode.INTERNAL_SERVER_ERROR;
    return {
      outcome: denied ? AuditOutcome.DENIED : failed ? AuditOutcome.FAILED : AuditOutcome.REFUSED,
      code: exception.code,
      reason: exception.reason,
      field: exception.field,
    };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    return { outcome: status === 401 || status === 403 ? AuditOutcome.DENIED : AuditOutcome.REFUSED, code: String(status) };
  }
  const fault = databaseFaultOf(exception);
  return { outcome: AuditOutcome.FAILED, code: fault ? GraphQLErrorCode.SERVICE_UNAVAILABLE : GraphQLErrorCode.INTERNAL_SERVER_ERROR };
}

/**
 * Audits every mutation that did not succeed, and every refused query, whatever refused it
 * (guard, validation or service), outside the rolled-back transaction. Successes are audited
 * by the services, inside their transactions.
 */
@Catch()
export class AuditRefusalsFilter extends BaseExceptionFilter {
  constructor(private readonly audit: AuditService) {
    super();
  }

  override catch(raised: unknown, host: ArgumentsHost): unknown {
    const exception = this.translated(raised);
    if (host.getType<GqlContextType>() === 'http') {
      return this.catchHttp(exception, host).catch((error: unknown) => logger.error(`Could not answer a refused request: ${String(error)}`));
    }
    if (host.getType<GqlContextType>() !== 'graphql') return super.catch(exception, host);
    const gql = GqlArgumentsHost.create(host);
    const info = gql.getInfo<GraphQLResolveInfo>();
    const operation = info.parentType.name;
    const { outcome, ...details } = outcomeOf(exception);
    const worth = operation === 'Mutation' ? !SELF_AUDITED.has(info.fieldName) : outcome === AuditOutcome.DENIED && details.code === GraphQLErrorCode.FORBIDDEN;
    if (!worth) return exception;
    const req = gql.getContext<{ req: Request }>().req;
    // Failing to audit a refusal must not replace the refusal the caller gets.
    return this.audit
      .recordDetached(actorOf(req), {
        action: `${operation === 'Mutation' ? 'mutation' : 'query'}.${info.fieldName}`,
        entityType: 'Operation',
        outcome,
        details,
      })
      .catch((error: unknown) => logger.error(`Could not audit a refused ${info.fieldName}: ${String(error)}`))
      .then(() => exception);
  }

  /**
   * A database error caused by the input (a malformed id, a NUL byte, a duplicate) becomes the
   * refusal it stands for, so the caller and the audit trail both see it as one, not as our failure.
   * It is still logged: it means input reached the database that validation should have stopped.
   */
  private translated(exception: unknown): unknown {
    const refusal = databaseRefusalOf(exception);
    if (!refusal) return exception;
    // Only names, never the message: it can quote the value, which may be about a child.
    const { code, table, column, constraint } = (exception as { driverError?: Record<string, unknown> }).driverError ?? (exception as Record<string, unknown>);
    logger.warn(`Input refused by the database: SQLSTATE ${String(code)} ${[table, column, constraint].filter(Boolean).join(' ')}`);
    return refusal;
  }

  /**
   * REST routes: refused writes are audited like mutations, and forbidden reads like queries.
   * A domain refusal becomes JSON with its HTTP status; anything else is left to Nest, which
   * answers 500 without details and logs it.
   */
  private async catchHttp(exception: unknown, host: ArgumentsHost): Promise<void> {
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    const route = (req.route as { path?: unknown } | undefined)?.path;
    if (typeof route === 'string') {
      const { outcome, ...details } = outcomeOf(exception);
      const worth = HTTP_WRITES.has(req.method) || (outcome === AuditOutcome.DENIED && details.code === GraphQLErrorCode.FORBIDDEN);
      if (worth) {
        const params = Object.fromEntries(Object.entries(req.params ?? {}).map(([k, v]) => [k, String(v).slice(0, 100)]));
        // Answer the caller even when the audit cannot be written (the database may be why it failed).
        await this.audit
          .recordDetached(actorOf(req), {
            action: `http.${req.method} ${route}`.slice(0, 100),
            entityType: 'Operation',
            outcome,
            details: { ...details, params },
          })
          .catch((error: unknown) => logger.error(`Could not audit a refused ${req.method} ${route}: ${String(error)}`));
      }
    }
    const fault = databaseFaultOf(exception);
    if (fault && !res.headersSent) {
      res.status(503).json({ code: GraphQLErrorCode.SERVICE_UNAVAILABLE, reason: fault, message: 'The database is unavailable for a moment; please try again shortly', field: null });
      return;
    }
    if (!(exception instanceof DomainException)) {
      super.catch(exception, host);
      return;
    }
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const status = httpStatusOf(exception);
    if (status === 401) res.setHeader('WWW-Authenticate', 'Bearer');
    res.status(status).json({ code: exception.code, reason: exception.reason, message: exception.message, field: exception.field ?? null });
  }
}
