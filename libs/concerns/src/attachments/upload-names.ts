import { extname } from 'node:path';
import { CommonException } from '@safeguard/platform';
import type { AttachmentMediaType } from './media-type';

const MAX_FILE_NAME = 200;
// Control and format characters, including the bidirectional overrides that make `gpj.exe` show as `exe.jpg`.
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;
// Types some clients send for the same thing.
const TYPE_ALIASES: Readonly<Record<string, AttachmentMediaType>> = {
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'image/x-png': 'image/png',
};

/** The last path component, without invisible characters; a long name keeps its extension. */
export function cleanFileName(raw: string): string {
  const name = (raw.split(/[/\\]/).pop() ?? '').normalize('NFC').replace(INVISIBLE, '').trim();
  if (!name || name === '.' || name === '..') throw CommonException.invalidInput('fileName', 'Give the file’s name');
  if (name.length <= MAX_FILE_NAME) return name;
  const extension = extname(name).length <= 10 ? extname(name) : '';
  let stem = '';
  // By code point, so that a character outside the BMP is never cut in half.
  for (const char of name.slice(0, name.length - extension.length)) {
    if (stem.length + char.length + extension.length > MAX_FILE_NAME) break;
    stem += char;
  }
  return stem.trimEnd() + extension;
}

/** The Content-Type the client sent, normalised; null when it says nothing (absent or octet-stream). */
export function declaredMediaType(header: string | null | undefined): string | null {
  const type = header?.split(';')[0].trim().toLowerCase();
  if (!type || type === 'application/octet-stream') return null;
  return TYPE_ALIASES[type] ?? type;
}
