import { detectMediaType, EXTENSIONS, pdfHasActiveContent, pdfStreamHasActiveContent } from './media-type';

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));

async function* chunksOf(buffer: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < buffer.length; i += size) yield buffer.subarray(i, i + size);
}

describe('detectMediaType', () => {
  it.each([
    ['application/pdf', bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')],
    ['image/png', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ['image/jpeg', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF')],
    ['image/gif', bytes('GIF89a', [1, 0, 1, 0])],
    ['image/gif', bytes('GIF87a', [1, 0, 1, 0])],
    ['image/webp', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 ')],
  ])('reads %s from its magic bytes', (type, head) => {
    expect(detectMediaType(head)).toBe(type);
  });

  it.each([
    ['an empty file', bytes('')],
    ['plain text', bytes('Dear Sir or Madam')],
    ['HTML', bytes('<!DOCTYPE html><script>alert(1)</script>')],
    ['SVG', bytes('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['a Windows program', bytes('MZ\x90\x00\x03\x00\x00\x00')],
    ['a zip (or Office document)', bytes([0x50, 0x4b, 0x03, 0x04])],
    ['a PDF header after leading junk', bytes('<html>%PDF-1.4')],
    ['a RIFF file that is not WebP', bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt ')],
    ['a truncated PNG signature', bytes([0x89, 0x50, 0x4e, 0x47])],
  ])('recognises nothing in %s', (_what, head) => {
    expect(detectMediaType(head)).toBeNull();
  });
});

describe('EXTENSIONS', () => {
  it('allows both spellings of JPEG and one extension for each other type', () => {
    expect(EXTENSIONS['image/jpeg']).toEqual(['.jpg', '.jpeg']);
    expect(EXTENSIONS['application/pdf']).toEqual(['.pdf']);
    expect(EXTENSIONS['image/png']).toEqual(['.png']);
    expect(EXTENSIONS['image/gif']).toEqual(['.gif']);
    expect(EXTENSIONS['image/webp']).toEqual(['.webp']);
  });
});

describe('pdfHasActiveContent', () => {
  const plain = bytes('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n%%EOF');

  it('passes a PDF of pages and text', () => {
    expect(pdfHasActiveContent(plain)).toBe(false);
  });

  it.each([
    ['an open action running JavaScript', '<< /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>'],
    ['a /JS entry followed by a string', '<</JS(app.alert(1))>>'],
    ['a launch action', '<< /A << /S /Launch /F (cmd.exe) >> >>'],
    ['an embedded file', '<< /Type /EmbeddedFile /Length 10 >>'],
    ['a name tree of embedded files', '<< /Names << /EmbeddedFiles 5 0 R >> >>'],
    ['a name hidden with #xx escapes', '<< /S /J#61va#53cript >>'],
  ])('finds %s', (_what, object) => {
    expect(pdfHasActiveContent(bytes('%PDF-1.7\n1 0 obj ', object, ' endobj\n%%EOF'))).toBe(true);
  });

  it.each([
    ['names that merely start like one', '<< /JSON 1 /Launcher 2 /JavaScripts 3 >>'],
    ['the words in text', 'BT (JavaScript Launch EmbeddedFile) Tj ET'],
  ])('ignores %s', (_what, object) => {
    expect(pdfHasActiveContent(bytes('%PDF-1.7\n1 0 obj ', object, ' endobj'))).toBe(false);
  });
});

describe('pdfStreamHasActiveContent', () => {
  const active = bytes('%PDF-1.7\n', 'x'.repeat(200), '<< /S /JavaScript /JS (app.alert(1)) >>', 'y'.repeat(200));
  const benign = bytes('%PDF-1.7\n', 'x'.repeat(200), '<< /JSON 1 /Launcher 2 >>', 'y'.repeat(200));

  it.each([1, 2, 3, 7, 64, 4096])('finds a name split across chunks of %i bytes', async (size) => {
    await expect(pdfStreamHasActiveContent(chunksOf(active, size))).resolves.toBe(true);
  });

  it.each([1, 2, 3, 7, 64, 4096])('does not mistake a longer name cut at a chunk edge (chunks of %i bytes)', async (size) => {
    await expect(pdfStreamHasActiveContent(chunksOf(benign, size))).resolves.toBe(false);
  });

  it('finds a name at the very end of the file', async () => {
    await expect(pdfStreamHasActiveContent(chunksOf(bytes('%PDF-1.7 /Launch'), 4))).resolves.toBe(true);
  });
});
