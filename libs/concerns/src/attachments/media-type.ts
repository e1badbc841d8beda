/** The kinds of file a concern accepts: documents and pictures, nothing a browser or viewer runs. */
export type AttachmentMediaType = 'application/pdf' | 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp';

/** File-name extensions (lower case, with the dot) that may carry each type. */
export const EXTENSIONS: Readonly<Record<AttachmentMediaType, readonly string[]>> = {
  'application/pdf': ['.pdf'],
  'image/png': ['.png'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/gif': ['.gif'],
  'image/webp': ['.webp'],
};

/** How many leading bytes detectMediaType needs at most. */
export const HEAD_BYTES = 12;

const startsWith = (head: Buffer, signature: string | number[], offset = 0): boolean => {
  const bytes = typeof signature === 'string' ? Buffer.from(signature, 'latin1') : Buffer.from(signature);
  return head.length >= offset + bytes.length && head.subarray(offset, offset + bytes.length).equals(bytes);
};

/**
 * The type the content itself shows, by its magic bytes; null for anything else. A PDF must
 * start with its header (readers tolerate leading junk, which is how polyglot files hide).
 */
export function detectMediaType(head: Buffer): AttachmentMediaType | null {
  if (startsWith(head, '%PDF-')) return 'application/pdf';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, 'GIF87a') || startsWith(head, 'GIF89a')) return 'image/gif';
  if (startsWith(head, 'RIFF') && startsWith(head, 'WEBP', 8)) return 'image/webp';
  return null;
}

// PDF name objects (`/Name`), ended by whitespace or a delimiter; `#xx` escapes are decoded so
// that `/J#61vaScript` is seen as `/JavaScript`.
const NAME = /\/([^\s/<>[\](){}%]*)/g;
const ACTIVE_NAMES = new Set(['JavaScript', 'JS', 'Launch', 'EmbeddedFile', 'EmbeddedFiles']);

/**
 * Whether a PDF (or a part of one) names scripts, launch actions or embedded files. Names
 * inside compressed object streams are not seen: this catches the plain cases, not a determined
 * attacker, and downloads are served as attachments under a sandboxing CSP besides.
 */
export function pdfHasActiveContent(buffer: Buffer): boolean {
  const text = buffer.toString('latin1');
  for (const match of text.matchAll(NAME)) {
    const name = match[1].replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    if (ACTIVE_NAMES.has(name)) return true;
  }
  return false;
}

// The longest an active name can be written: its slash and every byte as `#xx`.
const LONGEST_ACTIVE_NAME = 1 + 3 * Math.max(...[...ACTIVE_NAMES].map((name) => name.length));
const SLASH = 0x2f;

/** pdfHasActiveContent over a file read in chunks, without holding it all in memory. */
export async function pdfStreamHasActiveContent(chunks: AsyncIterable<Buffer>): Promise<boolean> {
  let carry = Buffer.alloc(0);
  for await (const chunk of chunks) {
    const buffer = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    // A name that may be cut off at the end of this chunk is scanned whole with the next one.
    const lastSlash = buffer.lastIndexOf(SLASH);
    const keepFrom = lastSlash >= 0 && buffer.length - lastSlash <= LONGEST_ACTIVE_NAME ? lastSlash : buffer.length;
    if (pdfHasActiveContent(buffer.subarray(0, keepFrom))) return true;
    carry = Buffer.from(buffer.subarray(keepFrom));
  }
  return pdfHasActiveContent(carry);
}
