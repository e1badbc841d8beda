import { Logger, Type } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DomainException, validationExceptionFactory } from '@safeguard/platform';

/** What every socket event's acknowledgement carries: the result, or a refusal in GraphQL's words. */
export type SocketAck<T> = { ok: true; data: T } | { ok: false; error: { code: string; reason?: string; message: string; field?: string } };

const logger = new Logger('MessagingSocket');

/** The payload as a validated input object, refused exactly as GraphQL refuses the same input. */
export async function socketInput<T extends object>(type: Type<T>, payload: unknown): Promise<T> {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) throw validationExceptionFactory([]);
  const input = plainToInstance(type, payload);
  const errors = await validate(input, { whitelist: true, forbidUnknownValues: true });
  if (errors.length) throw validationExceptionFactory(errors);
  return input;
}

/** Runs a socket event's work and answers with an acknowledgement; nothing unexpected leaks to the client. */
export async function socketCall<T>(work: () => Promise<T>): Promise<SocketAck<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    if (error instanceof DomainException) {
      return { ok: false, error: { code: error.code, reason: error.reason, message: error.message, field: error.field } };
    }
    logger.error(`Socket event failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return { ok: false, error: { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong; try again' } };
  }
}
