/**
 * The Atom feed of reports (/progress/feed.xml), built from the progress fixture: one entry per
 * report, newest first, each with the fields Atom requires, ids stable and the same whichever
 * edition builds them, and XML that parses.
 */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { createEdition } from '../../../src/lib/i18n/edition.ts';
import { reportId } from '../../../src/lib/progress/atomFeed.ts';
import { progressFeed, progressFeedXml, type FeedInput } from '../../../src/lib/progress/progressFeed.ts';
import { nameUuid } from '../../../src/lib/site/nameUuid.ts';
import { fixtureProgress, planIn } from './fixture.ts';

const progress = fixtureProgress();
const { plan, decisions } = planIn();
const input = (locale: 'zh-CN' | 'zh-Hant', ids: FeedInput['ids'] = { host: 'plan.example' }): FeedInput => {
  const edition = createEdition({ locale, base: '/', overrides: decisions.traditional });
  return {
    progress,
    plan: plan.meta,
    ui: edition.ui,
    tx: edition.tx,
    lang: edition.htmlLang,
    urls: { self: 'https://plan.example/progress/feed.xml', page: 'https://plan.example/progress/', measure: (id) => `https://plan.example/measures/${id}/` },
    ids,
  };
};

describe('the progress feed', () => {
  it('has one entry per report, newest first (one day\'s later report first)', () => {
    const feed = progressFeed(input('zh-CN'));
    expect(feed.entries).toHaveLength(progress.reports.length);
    const dates = feed.entries.map((e) => e.date);
    expect(dates).toEqual([...dates].sort().reverse());
    const sameDay = feed.entries.filter((e) => e.date === '2018-04-01');
    expect(sameDay.map((e) => e.title)).toEqual([expect.stringContaining('已调整'), expect.stringContaining('已完成')]);
  });

  it('is dated by the file\'s asOf and each entry by its report, never by the day of the build', () => {
    const feed = progressFeed(input('zh-CN'));
    expect(feed.updated).toBe(progress.asOf);
    expect(new Set(feed.entries.map((e) => e.date))).toEqual(new Set(progress.reports.map((r) => r.date)));
  });

  it('gives every entry an id, title, updated date and a link to its report\'s row, as Atom requires', () => {
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(progressFeedXml(input('zh-CN')));
    const entries = [parsed.feed.entry].flat();
    expect(parsed.feed.id).toMatch(/^tag:plan\.example,\d{4}:/u);
    expect(parsed.feed.updated).toBe(`${progress.asOf}T00:00:00Z`);
    expect(entries).toHaveLength(progress.reports.length);
    for (const entry of entries) {
      expect(entry.id).toMatch(/^tag:plan\.example,/u);
      expect(entry.title).toMatch(/^第\d+项措施：/u);
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/u);
      expect(entry.link['@_href']).toMatch(/^https:\/\/plan\.example\/measures\/\d+\/#report-\d+$/u);
    }
    expect(new Set(entries.map((e: { id: string }) => e.id)).size).toBe(entries.length);
  });

  it('says the status in the edition\'s words, with the same ids in both editions', () => {
    const simplified = progressFeed(input('zh-CN'));
    const traditional = progressFeed(input('zh-Hant'));
    expect(traditional.entries.map((e) => e.id)).toEqual(simplified.entries.map((e) => e.id));
    expect(traditional.entries.some((e) => e.title.includes('推進中'))).toBe(true);
    expect(traditional.entries.some((e) => e.title.includes('未啟動'))).toBe(true);
    expect(traditional.lang).toBe('zh-Hant');
  });

  it('without a public address names no host: name-based UUIDs, the same on every build', () => {
    const a = progressFeed(input('zh-CN', { uuid: nameUuid }));
    const b = progressFeed(input('zh-CN', { uuid: nameUuid }));
    expect(a.entries.map((e) => e.id)).toEqual(b.entries.map((e) => e.id));
    for (const entry of a.entries) expect(entry.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/u);
    expect(reportId(progress.reports[0]!, { uuid: nameUuid })).not.toBe(reportId(progress.reports[1]!, { uuid: nameUuid }));
  });

  it('escapes what XML must not hold as it is', () => {
    const xml = progressFeedXml({ ...input('zh-CN'), tx: (text) => `${text}<&>` });
    expect(() => new XMLParser().parse(xml)).not.toThrow();
    expect(xml).toContain('&lt;&amp;&gt;');
  });
});
