/**
 * A report figure names the records behind it as the API query that lists them, written as it is
 * typed (libs/inspection figures/record-links.ts), e.g.
 * `registerEntries(filter: {localAuthorityId: "…", kind: CME, open: true})`. The portal turns that
 * into the list page showing the same records with the same filters.
 */

/** An argument value: text, number, true/false, an enum value (kept as its name) or an object. */
export type ApiValue = string | number | boolean | { [name: string]: ApiValue };

export interface ApiQuery {
  name: string;
  args: Record<string, ApiValue>;
}

/** Reads `name(arg: value, …)`; undefined when the text is not one. */
export function parseApiQuery(text: string): ApiQuery | undefined {
  let at = 0;
  const space = () => {
    while (/\s/.test(text[at] ?? '')) at++;
  };
  const word = (): string => {
    const match = /^[A-Za-z_]\w*/.exec(text.slice(at));
    if (!match) throw new Error(`a name at ${at}`);
    at += match[0].length;
    return match[0];
  };
  const expect = (char: string) => {
    space();
    if (text[at] !== char) throw new Error(`${char} at ${at}`);
    at++;
  };
  const fields = (close: string): Record<string, ApiValue> => {
    const out: Record<string, ApiValue> = {};
    space();
    while (text[at] !== close) {
      if (at >= text.length) throw new Error('unclosed');
      space();
      const name = word();
      expect(':');
      out[name] = value();
      space();
      if (text[at] === ',') at++;
      space();
    }
    at++;
    return out;
  };
  const value = (): ApiValue => {
    space();
    const rest = text.slice(at);
    if (text[at] === '{') {
      at++;
      return fields('}');
    }
    const string = /^"(?:[^"\\]|\\.)*"/.exec(rest);
    if (string) {
      at += string[0].length;
      return JSON.parse(string[0]) as string;
    }
    const number = /^-?\d+(\.\d+)?/.exec(rest);
    if (number) {
      at += number[0].length;
      return Number(number[0]);
    }
    const name = word();
    return name === 'true' ? true : name === 'false' ? false : name;
  };
  try {
    space();
    const name = word();
    expect('(');
    const args = fields(')');
    space();
    return at === text.length ? { name, args } : undefined;
  } catch {
    return undefined;
  }
}

const asObject = (v: ApiValue | undefined): Record<string, ApiValue> => (v && typeof v === 'object' ? v : {});

function withQuery(path: string, params: Array<[string, ApiValue | undefined]>): string {
  const query = new URLSearchParams();
  for (const [key, v] of params) {
    if (v === undefined || v === false) continue;
    query.set(key, v === true ? 'yes' : String(v));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * The portal list page showing the records a figure's query lists, with the same filters in its
 * query string; undefined when no page lists them (or a filter has no place on the page, so the
 * list would show other records than the figure counts).
 */
export function portalPathFor(link: string | null | undefined): string | undefined {
  const query = link ? parseApiQuery(link) : undefined;
  if (!query) return undefined;
  // The authority is the reader's own: the lists show only the areas the reader may read.
  const rest = Object.fromEntries(Object.entries(asObject(query.args.filter)).filter(([k]) => k !== 'localAuthorityId'));
  const only = (allowed: string[]) => Object.keys(rest).every((k) => allowed.includes(k));
  switch (query.name) {
    case 'registerEntries':
      if (!only(['kind', 'status', 'open', 'overdue'])) return undefined;
      return withQuery('/register', [['kind', rest.kind], ['status', rest.status], ['open', rest.open], ['overdue', rest.overdue]]);
    case 'concerns':
      if (!only(['status', 'category'])) return undefined;
      return withQuery('/concerns', [['status', rest.status], ['category', rest.category]]);
    case 'pressureReports':
      if (!only(['status', 'category', 'acknowledgementOverdue'])) return undefined;
      return withQuery('/pressure', [['status', rest.status], ['category', rest.category], ['acknowledgementOverdue', rest.acknowledgementOverdue]]);
    case 'governanceCompletion':
      return '/governance/completion';
    default:
      return undefined;
  }
}
