/**
 * Office Open XML documents (docx, xlsx, pptx) are ZIP files; the part names in the ZIP's central
 * directory say what the document is, and whether it carries macros or ActiveX, which are refused.
 */
export type OfficeMediaType =
  | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
  | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
  | 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

export const OFFICE_EXTENSIONS: Readonly<Record<OfficeMediaType, readonly string[]>> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['.pptx'],
};

const MAIN_PARTS: ReadonlyArray<[string, OfficeMediaType]> = [
  ['word/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ['xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ['ppt/presentation.xml', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
];

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/** Part names from a ZIP's central directory, or null if it is not a well-formed ZIP. */
export function zipEntryNames(zip: Buffer): string[] | null {
  // The end record sits in the last 22 bytes plus at most a 64 KiB comment.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) !== EOCD) continue;
    const count = zip.readUInt16LE(at + 10);
    let offset = zip.readUInt32LE(at + 16);
    const names: string[] = [];
    for (let i = 0; i < count; i++) {
      if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== CENTRAL) return null;
      const nameLength = zip.readUInt16LE(offset + 28);
      const extraLength = zip.readUInt16LE(offset + 30);
      const commentLength = zip.readUInt16LE(offset + 32);
      names.push(zip.subarray(offset + 46, offset + 46 + nameLength).toString('utf8'));
      offset += 46 + nameLength + extraLength + commentLength;
    }
    return names;
  }
  return null;
}

/** What Office document the bytes are, and whether it carries code; null if not one. */
export function detectOfficeDocument(file: Buffer): { mediaType: OfficeMediaType; activeContent: boolean } | null {
  if (file.length < 22 || file.readUInt32LE(0) !== 0x04034b50) return null;
  const names = zipEntryNames(file);
  if (!names?.includes('[Content_Types].xml')) return null;
  const main = MAIN_PARTS.find(([part]) => names.includes(part));
  if (!main) return null;
  const activeContent = names.some((n) => /vbaProject\.bin$|(^|\/)activeX\//i.test(n) || /\.(bin|exe|dll|js|vbs)$/i.test(n));
  return { mediaType: main[1], activeContent };
}
