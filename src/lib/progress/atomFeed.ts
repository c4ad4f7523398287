/**
 * The Atom feed of a plan's reports (/progress/feed.xml, RFC 4287): one entry per report,
 * newest first, each with its id, title, updated date, link to the measure's history and a
 * summary. Pure: the route gives the words, the site's address and the paths. Dates are the
 * reports' own (and the feed's is the file's asOf), never the time of the build, so the
 * feed is the same whenever it is built.
 */
import type { ProgressReport } from './parseProgress.ts';

export interface FeedEntry {
  readonly id: string;
  readonly title: string;
  /** `YYYY-MM-DD`: the report's date. */
  readonly date: string;
  /** The measure page, at the report's row. */
  readonly link: string;
  readonly summary: string;
  readonly author: string | null;
}

export interface Feed {
  readonly id: string;
  readonly title: string;
  readonly subtitle: string;
  /** `YYYY-MM-DD`: the file's asOf. */
  readonly updated: string;
  /** The feed's own address, and the page it is the feed of. */
  readonly self: string;
  readonly page: string;
  readonly author: string;
  readonly lang: string;
  readonly entries: readonly FeedEntry[];
}

/** Newest first; of one day's reports, the later in the file first (the one that counts). */
export function newestFirst(reports: readonly ProgressReport[]): ProgressReport[] {
  return [...reports].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.order - a.order));
}

/** The anchor of a report's row on its measure's page. */
export function reportAnchor(report: Pick<ProgressReport, 'order'>): string {
  return `report-${report.order + 1}`;
}

/** How ids are made: the site's host (with a public address), or a name-based UUID maker (without one). */
export type IdScheme = { readonly host: string } | { readonly uuid: (name: string) => string };

/**
 * A report's Atom id: stable from build to build and the same in both editions (one report, two
 * feeds in two scripts). With a public address the tag: URI scheme (RFC 4151) names its host;
 * without one a name-based urn:uuid from the plan, measure, date and place in the file.
 */
export function reportId(report: Pick<ProgressReport, 'plan' | 'measure' | 'date' | 'order'>, scheme: IdScheme): string {
  const name = `${report.plan}:${report.measure}:${report.date}:${report.order + 1}`;
  return 'host' in scheme ? `tag:${scheme.host},${report.date.slice(0, 4)}:progress:${name}` : `urn:uuid:${scheme.uuid(name)}`;
}

/** The feed's own id, by the same rule. */
export function feedId(plan: string, year: number, scheme: IdScheme): string {
  return 'host' in scheme ? `tag:${scheme.host},${year}:progress:${plan}` : `urn:uuid:${scheme.uuid(`progress:${plan}`)}`;
}

const escapeXml = (text: string) => text.replace(/[<>&"']/gu, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
const stamp = (date: string) => `${date}T00:00:00Z`;

/** The feed as Atom XML. */
export function atomXml(feed: Feed): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `  <updated>${stamp(feed.updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.page)}"/>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    ...feed.entries.flatMap((entry) => [
      '  <entry>',
      `    <id>${escapeXml(entry.id)}</id>`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <updated>${stamp(entry.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`,
      ...(entry.author ? [`    <author><name>${escapeXml(entry.author)}</name></author>`] : []),
      `    <summary>${escapeXml(entry.summary)}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}
