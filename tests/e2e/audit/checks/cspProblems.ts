import { createHash } from 'node:crypto';

/** What a page says about its scripts: its CSP <meta> (if any) and its inline scripts. */
export interface PageScripts {
  /** The content of `<meta http-equiv="content-security-policy">`, or null when there is none. */
  policy: string | null;
  /** Inline `<script>` elements: their type attribute ('' when absent) and text. */
  inlineScripts: { type: string; text: string }[];
}

/** Script types the browser never runs, so CSP does not apply to them (JSON data blocks). */
const DATA_BLOCK = /^application\/(?:ld\+)?json$|^importmap$/u;

/** The sources of one directive: "script-src 'self' 'sha256-…'" → ["'self'", "'sha256-…'"]. */
export function directive(policy: string, name: string): string[] | null {
  for (const part of policy.split(';')) {
    const [key, ...sources] = part.trim().split(/\s+/u);
    if (key?.toLowerCase() === name) return sources;
  }
  return null;
}

/**
 * Why a page's Content Security Policy would let an injected script run, or block one of
 * its own: no policy, 'unsafe-inline' or 'unsafe-eval' for scripts, or an inline script whose
 * hash the policy does not list. An empty list means the page is covered.
 */
export function cspProblems({ policy, inlineScripts }: PageScripts): string[] {
  if (policy === null) return ['no Content-Security-Policy <meta>'];
  const sources = directive(policy, 'script-src-elem') ?? directive(policy, 'script-src') ?? directive(policy, 'default-src');
  if (sources === null) return ['the policy does not restrict scripts (no script-src or default-src)'];
  const problems = sources.filter((source) => source === "'unsafe-inline'" || source === "'unsafe-eval'").map((source) => `script-src allows ${source}`);
  const allowed = new Set(sources);
  for (const { type, text } of inlineScripts) {
    if (DATA_BLOCK.test(type.trim().toLowerCase())) continue;
    const hashed = (['sha256', 'sha384', 'sha512'] as const).some((algorithm) =>
      allowed.has(`'${algorithm}-${createHash(algorithm).update(text, 'utf8').digest('base64')}'`),
    );
    if (!hashed) problems.push(`inline script without a hash in the policy: ${JSON.stringify(text.slice(0, 80))}`);
  }
  return problems;
}
