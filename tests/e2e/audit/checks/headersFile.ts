/** One block of a `_headers` file: a path pattern and the headers sent for paths it matches. */
export interface HeaderRule {
  /** "/*", "/pagefind/*" or an exact path; "*" matches any run of characters. */
  pattern: string;
  headers: [name: string, value: string][];
}

/**
 * Reads a `_headers` file, the format Netlify and Cloudflare Pages share: a line starting
 * with "/" opens a block, indented "Name: value" lines below it are its headers, "#" starts
 * a comment.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [i, raw] of text.split(/\r?\n/u).entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (!/^\s/u.test(raw)) {
      rules.push({ pattern: line, headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon <= 0) throw new Error(`_headers line ${i + 1}: expected "Name: value" under a path, found "${line}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The headers a host reading these rules sends for `path`, in rule order. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const { pattern, headers: list } of rules) {
    const matcher = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/gu, '\\$&')).join('.*')}$`, 'u');
    if (matcher.test(path)) for (const [name, value] of list) headers[name] = value;
  }
  return headers;
}
