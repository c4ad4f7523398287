/**
 * The publisher's settings: who publishes the site, how to reach them, and the licence of the
 * open data, in one file at the project root (site.config.json) so none of it is written into
 * a component. Read once at build time and validated; a missing or wrong field stops the build
 * with the field's name.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const siteConfigSchema = z.object({
  /**
   * The site's own name, for a site of several plans (its home lists them); absent, the UI's
   * name is used. A one-plan site is named by the UI and its plan's title as ever.
   */
  name: z.string().min(1).optional(),
  /**
   * With several plans, the slug of the plan whose pages the one-plan layout's old URLs
   * (/measures/12/, /source/) lead to; absent, the plan of the earliest year.
   */
  primaryPlan: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u).nullable().optional(),
  /**
   * The site's public address: the URL of its home page, with the sub-path it is served under
   * if any (`https://example.gov.cn/hengqin/`), or null while it has none. Canonical URLs,
   * share cards, structured data and the sitemap are written only with an address; SITE_URL
   * replaces it for one build (src/lib/siteAddress.ts).
   */
  url: z.url({ protocol: /^https?$/u }).nullable(),
  /** Who publishes this site (shown on /about/; the open data's creator and publisher in its structured data). */
  publisher: z.object({
    /** The publisher's name as readers should see it. */
    name: z.string().min(1),
    /** The publisher's own site, if any. */
    url: z.url().nullable(),
  }),
  /** How readers reach the publisher. */
  contact: z.object({
    email: z.email(),
    /** What to write about, in one sentence. */
    note: z.string().min(1),
  }),
  /** Terms of the open data (/data/) and the standing of the document itself. */
  dataLicence: z.object({
    /** The licence's name, e.g. CC BY 4.0. */
    name: z.string().min(1),
    /** Where the licence's full text is. */
    url: z.url(),
    /** What a reader may do, in one sentence. */
    terms: z.string().min(1),
    /** The document's own standing (a government document: no copyright is claimed). */
    document: z.string().min(1),
  }),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;

/** Checks a config object; a problem names its field. */
export function parseSiteConfig(value: unknown, file = 'site.config.json'): SiteConfig {
  const result = siteConfigSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${file}: ${issue?.path.join('.') || 'config'}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

/** Domains reserved for examples and tests (RFC 2606, RFC 6761): an address in one reaches nobody. */
const RESERVED_DOMAIN = /(?:^|\.)(?:example\.(?:com|net|org)|example|test|invalid|localhost)$/iu;

const isPlaceholderAddress = (address: string) => RESERVED_DOMAIN.test(address.split('@').pop() ?? '');
const isPlaceholderUrl = (url: string) => {
  try {
    return RESERVED_DOMAIN.test(new URL(url).hostname);
  } catch {
    return false;
  }
};

/**
 * The fields that still hold a placeholder (an address or site in a domain reserved for
 * examples), as `path: value`. The publisher replaces them before going live; until then the
 * build warns and readers are shown none of them.
 */
export function placeholderFields(config: SiteConfig): string[] {
  const found: string[] = [];
  if (isPlaceholderAddress(config.contact.email)) found.push(`contact.email: ${config.contact.email}`);
  if (config.publisher.url && isPlaceholderUrl(config.publisher.url)) found.push(`publisher.url: ${config.publisher.url}`);
  return found;
}

/** The contact readers are shown: none while the address is a placeholder. */
export function readerContact(config: SiteConfig): SiteConfig['contact'] | null {
  return isPlaceholderAddress(config.contact.email) ? null : config.contact;
}

/** The publisher's site readers are shown: none while it is a placeholder. */
export function readerPublisherUrl(config: SiteConfig): string | null {
  return config.publisher.url && !isPlaceholderUrl(config.publisher.url) ? config.publisher.url : null;
}

let cached: SiteConfig | undefined;
const WARNED = Symbol.for('site-config.placeholders-warned');

/** The site's config, from site.config.json at the project root (the working directory); warns once of each placeholder left in it. */
export function getSiteConfig(file = path.resolve('site.config.json')): SiteConfig {
  if (!cached) {
    const name = path.basename(file);
    cached = parseSiteConfig(JSON.parse(readFileSync(file, 'utf8')), name);
    // A build loads this module twice (the content layer's and the pages' bundle): the mark on
    // the process says each warning once per build.
    const warned = ((globalThis as { [WARNED]?: Set<string> })[WARNED] ??= new Set());
    for (const field of placeholderFields(cached)) {
      const line = `${name}: ${field} is a placeholder (a domain reserved for examples): readers are not shown it until the publisher replaces it`;
      if (!warned.has(line)) console.warn(line);
      warned.add(line);
    }
  }
  return cached;
}
