/**
 * A plan's reports as the Atom feed's entries, in an edition's words: newest first, each titled
 * with its measure and status, summarised with its note, reporter and evidence, linked to its
 * row on the measure's page. Pure; the route gives the paths made absolute and the id scheme.
 */
import { fill } from '../i18n/template.ts';
import type { Ui } from '../i18n/ui.ts';
import { dayLabel } from '../plan/dateLabels.ts';
import { atomXml, feedId, newestFirst, reportAnchor, reportId, type Feed, type IdScheme } from './atomFeed.ts';
import type { PlanProgress } from './measureProgress.ts';
import { statusKey } from './measureProgress.ts';

export interface FeedInput {
  readonly progress: PlanProgress;
  readonly plan: { readonly title: string; readonly year: number };
  readonly ui: Ui;
  /** The plan's text in the edition's script. */
  readonly tx: (text: string) => string;
  readonly lang: string;
  /** Absolute (or, without an address, base-relative) URLs of the feed, /progress/ and a measure's page. */
  readonly urls: { readonly self: string; readonly page: string; readonly measure: (id: number) => string };
  readonly ids: IdScheme;
}

export function progressFeed({ progress, plan, ui, tx, lang, urls, ids }: FeedInput): Feed {
  const t = ui.progress.feed;
  return {
    id: feedId(progress.plan, plan.year, ids),
    title: fill(t.title, { site: ui.site.name }),
    subtitle: fill(t.subtitle, { title: tx(plan.title), asOf: dayLabel(progress.asOf) }),
    updated: progress.asOf,
    self: urls.self,
    page: urls.page,
    author: ui.site.name,
    lang,
    entries: newestFirst(progress.reports).map((report) => ({
      id: reportId(report, ids),
      title: fill(t.entry, { id: report.measure, status: ui.progress.status[statusKey(report.status)], date: dayLabel(report.date) }),
      date: report.date,
      link: `${urls.measure(report.measure)}#${reportAnchor(report)}`,
      summary: [
        report.note ? tx(report.note) : '',
        report.by ? fill(t.by, { name: tx(report.by.name) }) : '',
        report.evidence.length > 0 ? fill(t.evidence, { list: report.evidence.map((e) => `${tx(e.title)} ${e.url}`).join('；') }) : '',
      ].filter(Boolean).join(''),
      author: report.by ? tx(report.by.name) : null,
    })),
  };
}

/** The feed as Atom XML (atomXml over progressFeed). */
export function progressFeedXml(input: FeedInput): string {
  return atomXml(progressFeed(input));
}
