/**
 * A small Markdown subset rendered to HTML that cannot carry script: everything is escaped first,
 * then only these come back as markup — paragraphs, line breaks, `## headings` (levels 2–4),
 * `**bold**`, `*italic*`, `` `code` ``, `- ` and `1. ` lists, `> ` quotes, and `[text](url)` links to
 * http, https or mailto addresses only, opening safely. No raw HTML, no images, no attributes
 * from the author other than a checked href.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

const SAFE_URL = /^(https?:\/\/[^\s]+|mailto:[^\s@]+@[^\s@]+)$/i;

function inline(escaped: string): string {
  const codes: string[] = [];
  // Code spans first, so nothing inside them is formatted.
  // Escaped text never contains a raw `<`, so `<code#n>` cannot collide with what the author wrote.
  let text = escaped.replace(/`([^`]+)`/g, (_, code: string) => `<code#${codes.push(code) - 1}>`);
  text = text.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (whole, label: string, url: string) => {
    // The URL was escaped with the rest; undo only &amp; to test it, and keep the escaped form in the attribute.
    const raw = url.replace(/&amp;/g, '&');
    return SAFE_URL.test(raw) ? `<a href="${url}" rel="noopener noreferrer nofollow" target="_blank">${label}</a>` : whole;
  });
  text = text.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>').replace(/(^|[^*])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>');
  return text.replace(/<code#(\d+)>/g, (_, i: string) => `<code>${codes[Number(i)]}</code>`);
}

type Block = { kind: 'p' | 'ul' | 'ol' | 'quote'; lines: string[] } | { kind: 'h'; level: number; text: string };

export function renderSafeMarkdown(source: string): string {
  const blocks: Block[] = [];
  let current: Extract<Block, { lines: string[] }> | null = null;
  const push = (kind: 'p' | 'ul' | 'ol' | 'quote', line: string) => {
    if (current?.kind !== kind) blocks.push((current = { kind, lines: [] }));
    current.lines.push(line);
  };
  for (const rawLine of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = escapeHtml(rawLine.trimEnd());
    let m: RegExpMatchArray | null;
    if (!line.trim()) current = null;
    else if ((m = line.match(/^(#{2,4})\s+(.+)$/))) {
      blocks.push({ kind: 'h', level: m[1].length, text: m[2] });
      current = null;
    } else if ((m = line.match(/^\s*[-*]\s+(.+)$/))) push('ul', m[1]);
    else if ((m = line.match(/^\s*\d+[.)]\s+(.+)$/))) push('ol', m[1]);
    else if ((m = line.match(/^&gt;\s?(.*)$/))) push('quote', m[1]);
    else push('p', line.trim());
  }
  return blocks
    .map((b) => {
      if (b.kind === 'h') return `<h${b.level}>${inline(b.text)}</h${b.level}>`;
      if (b.kind === 'ul' || b.kind === 'ol') return `<${b.kind}>${b.lines.map((l) => `<li>${inline(l)}</li>`).join('')}</${b.kind}>`;
      if (b.kind === 'quote') return `<blockquote><p>${b.lines.map(inline).join('<br>')}</p></blockquote>`;
      return `<p>${b.lines.map(inline).join('<br>')}</p>`;
    })
    .join('\n');
}
