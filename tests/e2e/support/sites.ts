/**
 * Every site `npm test` builds, in one list: the real site, the same site under a sub-path,
 * and the fixture sites made to take the branches the real seed never takes. `npm test`
 * builds each once, one after another, before the browser tests (scripts/test.ts); the
 * browser tests' global setup serves each built one on a port of its own
 * (tests/e2e/support/globalSetup.ts), and a test reaches it by name:
 * `site('/measures/1/', 'fixture')`, `builtRoot('fixture')`.
 *
 * A build costs the whole suite several seconds of both cores: add a site only for a branch
 * no existing site takes, keep fixture seeds small, and give one fixture several branches.
 */
import type { SamplePick } from '../audit/checks/auditSample.ts';
import path from 'node:path';

export interface SiteBuild {
  /** How tests name it. */
  readonly name: string;
  /** The output folder, from the main one (OUT_DIR, or dist): `dist`, `dist-sub`, `dist-fixture`. */
  readonly outDir: string;
  /** What the build reads beyond astro.config.mjs: SEEDS_DIR, BASE_PATH, SITE_URL. */
  readonly env: Readonly<Record<string, string>>;
  /** The base path it is built for and served under ("/" or "/hengqin/"). */
  readonly base: string;
  /** Whether `npm test` audits a sample of its pages (axe in both schemes, HTML, CSP, requests). */
  readonly audited: boolean;
  /**
   * Which pages of each route and edition that sample takes (auditSample's SamplePick): the
   * first and the largest, or the smallest where the big ones are the real site's pages again
   * (the two-plan site holds the real plan). `npm run audit` audits every page of every site.
   */
  readonly sample?: SamplePick;
  /** Whether `npm test` builds it a second time, with empty caches, and compares the two byte for byte. */
  readonly reproducible: boolean;
  /** What it is for, printed when it is built. */
  readonly why: string;
}

/** The main output folder: OUT_DIR, or dist. */
export const MAIN_OUT_DIR = process.env['OUT_DIR'] ?? 'dist';

const sibling = (suffix: string) => `${MAIN_OUT_DIR.replace(/[\\/]+$/u, '')}-${suffix}`;

export const SITES: readonly SiteBuild[] = [
  {
    name: 'site',
    outDir: MAIN_OUT_DIR,
    env: {},
    base: '/',
    audited: true,
    reproducible: false,
    why: 'the real seed, as `npm run build` makes it',
  },
  {
    name: 'sub',
    outDir: sibling('sub'),
    // The public address names the sub-path, and so sets the base (no BASE_PATH): the site as
    // published, with canonical URLs, share cards, structured data and a sitemap. example.gov.cn
    // is not a host anyone owns to fetch from: the tests read these URLs, nothing requests them.
    env: { SITE_URL: 'https://example.gov.cn/hengqin/' },
    base: '/hengqin/',
    audited: false,
    reproducible: false,
    why: 'the real seed published at an address with a sub-path (https://example.gov.cn/hengqin/)',
  },
  {
    name: 'fixture',
    outDir: sibling('fixture'),
    // An address (a reserved .example host) so the audited pages carry canonical URLs, share
    // cards and structured data, and the audits check those too (HTML validity, the CSP).
    env: { SEEDS_DIR: 'tests/fixtures/site', BASE_PATH: '/', SITE_URL: 'https://plan.example/' },
    base: '/',
    audited: true,
    // The small site is built twice and compared: the same code paths as the real site's
    // (layout, ordering, hashing), at a fraction of a second build's cost.
    reproducible: true,
    why: 'a synthetic plan too big for one network drawing, an ongoing deadline, a department on one measure, at a public address, its seed imported from a Word file (provenance)',
  },
  {
    name: 'plans',
    outDir: sibling('plans'),
    env: { SEEDS_DIR: 'tests/fixtures/plans', BASE_PATH: '/' },
    base: '/',
    audited: true,
    // Its big pages are the real plan's, which the real site's sample audits already: each route
    // on its smallest pages covers the several-plans layout (the made-up plan's, the site-wide ones).
    sample: 'smallest',
    reproducible: false,
    why: 'two plans in one site (tests/fixtures/plans/): the real seed and a small made-up plan sharing bodies with it; plan pages under /<plan>/, old addresses redirecting, duty sheets across plans',
  },
];

/** The registered site of that name; an unknown name is a mistake in a test. */
export function siteBuild(name: string): SiteBuild {
  const found = SITES.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no site named "${name}" in tests/e2e/support/sites.ts (known: ${SITES.map((s) => s.name).join(', ')})`);
  return found;
}

/** The absolute output folder of a registered site. */
export function siteRoot(name: string): string {
  return path.resolve(siteBuild(name).outDir);
}

/**
 * Node flags for a build, as package.json's build script gives them: a larger young
 * generation, so the many short-lived strings of page rendering die there instead of being
 * promoted and collected again (the build spent about a third less time in the garbage
 * collector with it, in a CPU profile of one build).
 */
export const BUILD_NODE_FLAGS = ['--max-semi-space-size=32'];
