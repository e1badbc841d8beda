import { ParseUUIDPipe } from '@nestjs/common';
import type { Request } from 'express';
import { CommonException } from '../errors/domain.exception';

/** A route parameter that must be a UUID; anything else is BAD_USER_INPUT naming the field. */
export const uuidParam = (field: string) =>
  new ParseUUIDPipe({ exceptionFactory: () => CommonException.invalidInput(field, 'This is not a valid identifier') });

/** RFC 6266 / 8187: the name percent-encoded as UTF-8, so no character of it can break the header. */
export function attachmentDisposition(fileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename*=UTF-8''${encoded}`;
}

/** The Content-Length a client declared, when it is a plain number, to refuse an upload before reading it. */
export function declaredLength(req: Request): number | undefined {
  const header = req.headers['content-length'];
  return header && /^\d+$/.test(header) ? Number(header) : undefined;
}
