/**
 * The timeline of one plan in a site of several (the two-plan fixture, tests/fixtures/plans/):
 * its role words are its own plan's, and its department box finds a body whichever plan names
 * it, saying where else the body is on measures, with a link to that plan's timeline.
 */
import { describe, expect, it } from 'vitest';
import { createEdition } from '../../../src/lib/i18n/edition.ts';
import { UI } from '../../../src/lib/i18n/ui.ts';
import { buildSiteModel } from '../../../src/lib/model/siteModel.ts';
import { planRoles, txRoles } from '../../../src/lib/model/planRoles.ts';
import { readSite } from '../../../src/lib/site/readPlan.ts';
import { timelineData } from '../../../src/lib/timeline/timelineData.ts';
import { fill } from '../../../src/lib/i18n/template.ts';
import { elsewhereLinks, elsewhereNote, frameText, INITIAL_STATE, parseState, statusText, timelineFrame, type TimelineState } from '../../../src/lib/timeline/timelineView.ts';
import { timelineRoleWords } from '../../../src/lib/timeline/timelineWords.ts';

const site = readSite('tests/fixtures/plans');
const model = buildSiteModel(site.plans, site.decisions);
const edition = createEdition({ locale: 'zh-CN', base: '/', overrides: site.decisions.traditional });
const state = (change: Partial<TimelineState>): TimelineState => ({ ...INITIAL_STATE, ...change });
const [first, second] = model.plans as [(typeof model.plans)[number], (typeof model.plans)[number]];
const wordsOf = (plan: typeof first) => ({ ...edition.ui.timeline, deptLegend: timelineRoleWords(edition.ui, txRoles(plan.roles, edition.tx)).deptLegend });

/** Every role term a plan's note gives, on both sides. */
const termsOf = (plan: typeof first) => (['municipal', 'district'] as const).flatMap((side) => [plan.roles[side].leadFull, plan.roles[side].supportFull, plan.roles[side].lead, plan.roles[side].support]);

describe('the timeline’s role words', () => {
  it('are each plan’s own: no text of one plan’s timeline uses a term only the other plan’s note has', () => {
    expect(first.roles.fromNote && second.roles.fromNote).toBe(true);
    for (const [plan, other] of [[first, second], [second, first]] as const) {
      const words = timelineRoleWords(UI, plan.roles);
      const text = JSON.stringify(words);
      const foreign = termsOf(other).filter((term) => !termsOf(plan).some((own) => own.includes(term)));
      expect(foreign.length).toBeGreaterThan(0);
      for (const term of foreign) expect(text).not.toContain(term);
      expect(words.lanes.lead).toContain(plan.roles.municipal.leadEither);
      expect(words.lanes.lead).toContain(plan.roles.district.leadEither);
      expect(words.deptLegend.district).toContain(plan.roles.district.lead);
    }
  });

  it('name a word once where both sides use it (a plan whose note names no roles), never “列第一位或列第一位”', () => {
    const words = timelineRoleWords(UI, planRoles(null, site.decisions));
    const text = JSON.stringify(words);
    for (const word of new Set(Object.values(UI.roles.fallback).flatMap((side) => [side.leadEither, side.supportEither]))) {
      expect(text).not.toContain(fill(UI.roles.or, { municipal: word, district: word }));
    }
    expect(words.lanes.lead).toBe(fill(UI.timeline.lanes.lead, { leads: UI.roles.fallback.municipal.leadEither }));
  });

  it('keep the slots the page and the browser fill later, in both editions', () => {
    for (const locale of ['zh-CN', 'zh-Hant'] as const) {
      const { ui, tx } = createEdition({ locale, base: '/', overrides: site.decisions.traditional });
      const words = timelineRoleWords(ui, txRoles(first.roles, tx));
      expect(fill(words.description, { n: 7 })).toContain('7');
      for (const legend of Object.values(words.deptLegend)) expect(fill(legend, { who: '某局' })).toContain('某局');
    }
  });
});

describe('the department box across plans', () => {
  const data = timelineData(first, site.decisions, edition, { site: model });
  /** A body the second plan names and the first does not. */
  const onlySecond = model.departments.find((d) => d.duties.length === 1 && d.duties[0]!.plan === second)!;
  /** A body both plans name. */
  const shared = model.departments.find((d) => d.duties.length === 2)!;

  it('matches every body of the site, this plan’s first, and links each other plan', () => {
    expect(data.departments.map((d) => d.slug).slice(0, first.departments.length)).toEqual(first.departments.map((d) => d.slug));
    expect(data.departments).toHaveLength(model.departments.length);
    expect(data.otherPlans).toEqual([{ label: `《${second.meta.title}》`, href: `/${second.segment}/timeline/` }]);
  });

  it('says a body only another plan names has no measures here, and links that plan’s timeline filtered to it', () => {
    const s = state({ dept: onlySecond.name });
    const frame = timelineFrame(data, s);
    expect(frame.shown.size).toBe(0);
    expect(statusText(frame, s, first.measures.length, wordsOf(first))).toMatch(new RegExp(`^${onlySecond.name}在本表中没有分工`, 'u'));
    const duty = onlySecond.duties[0]!;
    expect(elsewhereLinks(frame, s, data)).toEqual([{ label: `《${second.meta.title}》`, n: duty.lead.length + duty.support.length, href: `/${second.segment}/timeline/?dept=${onlySecond.slug}` }]);
  });

  it('counts a shared body’s measures on the other plan in the chosen role, and the link keeps the role', () => {
    const duty = shared.duties.find((d) => d.plan === second)!;
    for (const role of ['lead', 'support'] as const) {
      const s = state({ dept: shared.name, role });
      const links = elsewhereLinks(timelineFrame(data, s), s, data);
      const n = duty[role].length;
      expect(links).toEqual(n > 0 ? [expect.objectContaining({ n, href: `/${second.segment}/timeline/?dept=${shared.slug}&role=${role}` })] : []);
    }
  });

  it('is read back from the link on the other plan’s timeline as the same body', () => {
    const other = timelineData(second, site.decisions, edition, { site: model });
    expect(parseState(`?dept=${shared.slug}`, '', other).dept).toBe(shared.name);
    expect(timelineFrame(other, parseState(`?dept=${shared.slug}`, '', other)).departments.map((d) => d.slug)).toEqual([shared.slug]);
  });

  it('links nowhere on a one-plan site, and nowhere while nothing is chosen', () => {
    const alone = timelineData(first, site.decisions, edition);
    expect(alone.otherPlans).toBeUndefined();
    expect(alone.departments).toHaveLength(first.departments.length);
    expect(elsewhereLinks(timelineFrame(alone, state({ dept: shared.name })), state({ dept: shared.name }), alone)).toEqual([]);
    expect(elsewhereLinks(timelineFrame(data, INITIAL_STATE), INITIAL_STATE, data)).toEqual([]);
    expect(frameText(timelineFrame(data, INITIAL_STATE), INITIAL_STATE, first.measures.length, { ...wordsOf(first), elsewhere: '', elsewhereItem: '' }).status).not.toContain('没有分工');
  });

  it('finds this plan’s bodies a text is part of before another plan’s body it names whole', () => {
    // 工商局 is part of this plan's 市工商局 and 横琴工商局; say another plan had a body named 工商局 itself.
    const here = first.departments.filter((d) => d.name.includes('工商局')).map((d) => d.slug);
    expect(here.length).toBeGreaterThan(1);
    const whole = { slug: 'gong-shang-ju', name: '工商局', side: 'municipal' as const, keys: ['工商局'], elsewhereOnly: true as const };
    const withWhole = { ...data, departments: [...data.departments, whole] };
    expect(timelineFrame(withWhole, state({ dept: '工商局' })).departments.map((d) => d.slug)).toEqual(here);
    // A text naming nothing here falls back to the other plans' bodies.
    expect(timelineFrame(data, state({ dept: onlySecond.name })).departments.map((d) => d.slug)).toEqual([onlySecond.slug]);
  });

  it('counts, for several bodies, a measure one leads and another supports as a lead one, as the linked timeline shows it', () => {
    const other = timelineData(second, site.decisions, edition, { site: model });
    const bodies = shared.duties.length === 2 ? model.departments.filter((d) => d.duties.length === 2) : [];
    expect(bodies.length).toBeGreaterThan(1);
    const frame = { departments: data.departments.filter((d) => bodies.some((b) => b.slug === d.slug)) };
    const there = { departments: other.departments.filter((d) => bodies.some((b) => b.slug === d.slug)) };
    for (const role of [null, 'lead', 'support'] as const) {
      const s = state({ role });
      const n = elsewhereLinks(frame, s, data)[0]?.n ?? 0;
      // What the second plan's own timeline shows for the same bodies and role (timelineFrame's rule).
      const chosen = new Set(there.departments.map((d) => d.slug));
      const roleOf = (m: (typeof other.measures)[number]) => (m.lead.some((slug) => chosen.has(slug)) ? 'lead' : m.support.some((slug) => chosen.has(slug)) ? 'support' : null);
      const expected = other.measures.filter((m) => roleOf(m) !== null && (role === null || roleOf(m) === role)).length;
      expect(n).toBe(expected);
    }
  });

  it('says in the status line, for screen readers, that links to other plans follow', () => {
    const s = state({ dept: onlySecond.name });
    const links = elsewhereLinks(timelineFrame(data, s), s, data);
    expect(elsewhereNote(links, edition.ui.timeline)).toBe(fill(edition.ui.timeline.elsewhereNote, { n: links[0]!.n, plans: 1 }));
    expect(elsewhereNote([], edition.ui.timeline)).toBe('');
  });

  it('links the other plans’ timelines under the site’s base path and in the page’s edition', () => {
    const hant = createEdition({ locale: 'zh-Hant', base: '/hengqin/', overrides: site.decisions.traditional });
    const links = timelineData(first, site.decisions, hant, { site: model }).otherPlans!;
    expect(links.map((l) => l.href)).toEqual([`/hengqin/zh-hant/${second.segment}/timeline/`]);
    expect(links[0]!.label).toBe(`《${hant.tx(second.meta.title)}》`);
  });
});
