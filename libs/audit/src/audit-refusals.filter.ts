import { ArgumentsHost, Catch, HttpException } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlArgumentsHost, GqlContextType } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { Request } from 'express';
import { DomainException, GraphQLErrorCode } from '@safeguard/platform';
import { Actor } from '@safeguard/policy';
import { AuditOutcome } from './audit-event.entity';
import { AuditService } from './audit.service';

// Sign-in records its own refusals with more detail; recording them twice would only add noise.
const SELF_AUDITED = new Set(['login', 'refreshSession']);

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
  return { outcome: AuditOutcome.FAILED, code: GraphQLErrorCode.INTERNAL_SERVER_ERROR };
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

  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() !== 'graphql') return super.catch(exception, host);
    const gql = GqlArgumentsHost.create(host);
    const info = gql.getInfo<GraphQLResolveInfo>();
    const operation = info.parentType.name;
    const { outcome, ...details } = outcomeOf(exception);
    const worth = operation === 'Mutation' ? !SELF_AUDITED.has(info.fieldName) : outcome === AuditOutcome.DENIED && details.code === GraphQLErrorCode.FORBIDDEN;
    if (!worth) return exception;
    const req = gql.getContext<{ req: Request }>().req;
    const actor = req.user instanceof Actor ? req.user : new Actor(null, [], req.requestId ?? 'unknown');
    return this.audit
      .recordDetached(actor, {
        action: `${operation === 'Mutation' ? 'mutation' : 'query'}.${info.fieldName}`,
        entityType: 'Operation',
        outcome,
        details,
      })
      .then(() => exception);
  }
}
