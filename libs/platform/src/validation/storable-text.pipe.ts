import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { CommonException } from '../errors/domain.exception';

// A UTF-16 surrogate without its pair: not a character, and stored as U+FFFD if let through.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MAX_DEPTH = 20;

function firstUnstorable(value: unknown, path: string, depth: number): { field: string; message: string } | undefined {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) return { field: path, message: `${path} must not contain NUL characters` };
    if (LONE_SURROGATE.test(value)) return { field: path, message: `${path} must be valid Unicode text` };
    return undefined;
  }
  if (!value || typeof value !== 'object' || depth > MAX_DEPTH || Buffer.isBuffer(value)) return undefined;
  for (const [key, inner] of Object.entries(value)) {
    const found = firstUnstorable(inner, Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * Refuses text that cannot be stored as given, anywhere in an operation's arguments: NUL bytes
 * (PostgreSQL refuses them in text and jsonb) and lone surrogates (silently replaced). Refusing
 * them here names the field, where the database would only fail the whole statement.
 */
@Injectable()
export class StorableTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const found = firstUnstorable(value, metadata.data ?? 'input', 0);
    if (found) throw CommonException.invalidInput(found.field, found.message);
    return value;
  }
}
