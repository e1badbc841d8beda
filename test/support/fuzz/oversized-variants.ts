type Path = Array<string | number>;

function leaves(value: unknown, path: Path, found: Path[]): void {
  if (typeof value === 'string') found.push(path);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) leaves(inner, [...path, Array.isArray(value) ? Number(key) : key], found);
  }
}

function replaced(value: unknown, path: Path, text: string): unknown {
  if (!path.length) return text;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head] = replaced(copy[head], rest, text);
  return copy;
}

/**
 * Copies of variables that once succeeded, each with one text value made far too long: a field
 * that takes them all has no length limit, and a database column no bound to rely on.
 */
export function oversizedVariants(variables: unknown, length: number, most: number): Array<{ path: string; variables: unknown }> {
  const found: Path[] = [];
  leaves(variables, [], found);
  return found.slice(0, most).map((path) => ({ path: path.join('.'), variables: replaced(variables, path, 'x'.repeat(length)) }));
}
