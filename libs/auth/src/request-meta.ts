import { randomUUID } from 'node:crypto';
import { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Request } from 'express';
import { RequestMeta } from './auth.service';

/** The HTTP request behind a GraphQL or REST call. */
export function httpRequestOf(context: ExecutionContext): Request {
  return context.getType<string>() === 'graphql'
    ? GqlExecutionContext.create(context).getContext().req
    : context.switchToHttp().getRequest<Request>();
}

export function requestMeta(req: Request): RequestMeta {
  return {
    requestId: req.requestId ?? randomUUID(),
    ipAddress: req.ip ?? null,
    userAgent: req.header('user-agent') ?? null,
  };
}
