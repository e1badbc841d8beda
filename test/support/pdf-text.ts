import { inflateSync } from 'node:zlib';

/** WinAnsi bytes 0x80–0x9F that are not the Latin-1 code points (PDF 32000-1, annex D). */
const WIN_ANSI_HIGH: Record<number, string> = {
  0x80: '\u20ac', 0x82: '\u201a', 0x83: '\u0192', 0x84: '\u201e', 0x85: '\u2026', 0x86: '\u2020', 0x87: '\u2021',
  0x88: '\u02c6', 0x89: '\u2030', 0x8a: '\u0160', 0x8b: '\u2039', 0x8c: '\u0152', 0x8e: '\u017d', 0x91: '\u2018',
  0x92: '\u2019', 0x93: '\u201c', 0x94: '\u201d', 0x95: '\u2022', 0x96: '\u2013', 0x97: '\u2014', 0x98: '\u02dc',
  0x99: '\u2122', 0x9a: '\u0161', 0x9b: '\u203a', 0x9c: '\u0153', 0x9e: '\u017e', 0x9f: '\u0178',
};

type Token = { kind: 'string'; value: string } | { kind: 'number'; value: number } | { kind: 'op'; value: string }
  | { kind: 'open' } | { kind: 'close' };

/**
 * The visible text of a PDF written by pdfkit with the standard fonts, for assertions in tests:
 * inflates the content streams and decodes the text-showing operators (Tj, TJ, ' and ").
 * A change of baseline starts a new line; runs on one baseline are joined by a space.
 * Not a general PDF parser: no object streams, no CID fonts, no encryption.
 */
export function pdfText(pdf: Buffer): string {
  const pages: string[] = [];
  for (const stream of streams(pdf)) {
    const text = showText(stream.toString('latin1'));
    if (text) pages.push(text);
  }
  return pages.join('\n');
}

function* streams(pdf: Buffer): Generator<Buffer> {
  const raw = pdf.toString('latin1');
  const keyword = /stream\r?\n/g;
  let match: RegExpExecArray | null;
  while ((match = keyword.exec(raw))) {
    if (raw.slice(match.index - 3, match.index) === 'end') continue;
    const dictionary = raw.slice(raw.lastIndexOf(' obj', match.index), match.index);
    const start = match.index + match[0].length;
    const length = /\/Length (\d+)(?! \d+ R)/.exec(dictionary);
    const end = length ? start + Number(length[1]) : raw.indexOf('endstream', start);
    const data = pdf.subarray(start, end);
    keyword.lastIndex = end;
    if (/\/Subtype\s*\/(Image|XML)/.test(dictionary)) continue;
    if (!/\/Filter\s*\/FlateDecode/.test(dictionary)) yield data;
    else {
      try {
        yield inflateSync(data);
      } catch {
        // Not a zlib stream after all (or damaged): it has no text for us.
      }
    }
  }
}

function showText(content: string): string {
  const lines: string[][] = [];
  let fresh = true;
  let baseline: number | null = null;
  let operands: Token[] = [];
  const moveTo = (y: number | null) => {
    if (y === null || baseline === null || Math.abs(y - baseline) > 0.5) fresh = true;
    baseline = y;
  };
  const show = (text: string) => {
    if (fresh || !lines.length) lines.push([]);
    fresh = false;
    lines[lines.length - 1].push(text);
  };
  for (const token of tokenize(content)) {
    if (token.kind !== 'op') {
      operands.push(token);
      continue;
    }
    const numbers = operands.flatMap((t) => (t.kind === 'number' ? [t.value] : []));
    const text = operands.flatMap((t) => (t.kind === 'string' ? [t.value] : [])).join('');
    switch (token.value) {
      case 'Tm':
        moveTo(numbers[5] ?? null);
        break;
      case 'Td':
      case 'TD':
        moveTo(baseline === null ? null : baseline + (numbers[1] ?? 0));
        break;
      case 'T*':
        moveTo(null);
        break;
      case "'":
      case '"':
        moveTo(null);
        show(text);
        break;
      case 'Tj':
      case 'TJ':
        show(text);
        break;
    }
    operands = [];
  }
  return lines.map((l) => l.join(' ').replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
}

function* tokenize(content: string): Generator<Token> {
  let i = 0;
  while (i < content.length) {
    const c = content[i];
    if (/\s/.test(c)) i++;
    else if (c === '%') i = nextLine(content, i);
    else if (c === '[' || c === ']') {
      yield { kind: c === '[' ? 'open' : 'close' };
      i++;
    } else if (content.startsWith('<<', i) || content.startsWith('>>', i)) i += 2;
    else if (c === '<') {
      const end = content.indexOf('>', i);
      yield { kind: 'string', value: decodeHex(content.slice(i + 1, end)) };
      i = end + 1;
    } else if (c === '(') {
      const [value, end] = literal(content, i);
      yield { kind: 'string', value };
      i = end;
    } else if (c === '/') {
      const match = /^\/[^\s/<>[\]()]*/.exec(content.slice(i, i + 128));
      i += match ? match[0].length : 1;
    } else {
      const word = /^[^\s/<>[\]()%]+/.exec(content.slice(i, i + 64))?.[0] ?? c;
      i += word.length;
      const value = Number(word);
      yield Number.isNaN(value) ? { kind: 'op', value: word } : { kind: 'number', value };
    }
  }
}

function nextLine(content: string, i: number): number {
  const end = content.slice(i).search(/[\r\n]/);
  return end < 0 ? content.length : i + end;
}

function decodeHex(hex: string): string {
  const digits = hex.replace(/\s/g, '');
  const padded = digits.length % 2 ? `${digits}0` : digits;
  let out = '';
  for (let i = 0; i < padded.length; i += 2) out += winAnsiChar(parseInt(padded.slice(i, i + 2), 16));
  return out;
}

/** A literal string `( ... )`: balanced parentheses, backslash escapes and octal codes. */
function literal(content: string, start: number): [string, number] {
  const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
  let depth = 1;
  let out = '';
  let i = start + 1;
  for (; i < content.length; i++) {
    const c = content[i];
    if (c === '\\') {
      const octal = /^[0-7]{1,3}/.exec(content.slice(i + 1, i + 4));
      if (octal) {
        out += winAnsiChar(parseInt(octal[0], 8));
        i += octal[0].length;
        continue;
      }
      const next = content[++i];
      if (next !== '\n' && next !== '\r') out += escapes[next] ?? next;
      continue;
    }
    if (c === '(') depth++;
    if (c === ')' && --depth === 0) return [out, i + 1];
    out += winAnsiChar(c.charCodeAt(0));
  }
  return [out, i];
}

function winAnsiChar(code: number): string {
  return WIN_ANSI_HIGH[code] ?? String.fromCharCode(code);
}
