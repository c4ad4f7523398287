/**
 * The timeline of one plan in a site of several (the two-plan fixture, tests/fixtures/plans/):
 * its role words are its own plan's, and its department box finds a body whichever plan names
 * it, saying where else the body is on measures, with a link to that plan's timeline.
 */
import { describe, expect, it } from 'vitest';
import { createEdition } from '../../../src/lib/i18n/edition.ts';
import { UI } from '../../../src/lib/i18n/ui.ts';
import { buildSiteModel } from '../../../src/lib/model/siteModel.ts';
import { txRoles } from '../../../src/lib/model/planRoles.ts';
import { readSite } from '../../../src/lib/site/readPlan.ts';
import { timelineData } from '../../../src/lib/timeline/timelineData.ts';
import { elsewhereLinks, frameText, INITIAL_STATE, parseState, statusText, timelineFrame, type TimelineState } from '../../../src/lib/timeline/timelineView.ts';
import { timelineRoleWords } from '../../../src/lib/timeline/timelineWords.ts';

const site = readSite('tests/fixtures/plans');
const model = buildSiteModel(site.plans, site.decisions);
const edition = createEdition({ locale: 'zh-CN', base: '/', overrides: site.decisions.traditional });
const state = (change: Partial<TimelineState>): TimelineState => ({ ...INITIAL_STATE, ...change });
const [first, second] = model.plans as [(typeof model.plans)[number], (typeof model.plans)[number]];
const wordsOf = (plan: typeof first) => ({ ...edition.ui.timeline, deptLegend: timelineRoleWords(edition.ui.timeline, txRoles(plan.roles, edition.tx)).deptLegend });

/** Every role term a plan's note gives, on both sides. */
const termsOf = (plan: typeof first) => (['municipal', 'district'] as const).flatMap((side) => [plan.roles[side].leadFull, plan.roles[side].supportFull, plan.roles[side].lead, plan.roles[side].support]);

describe('the timeline’s role words', () => {
  it('are each plan’s own: no text of one plan’s timeline uses a term only the other plan’s note has', () => {
    expect(first.roles.fromNote && second.roles.fromNote).toBe(true);
    for (const [plan, other] of [[first, second], [second, first]] as const) {
      const words = timelineRoleWords(UI.timeline, plan.roles);
      const text = JSON.stringify(words);
      const foreign = termsOf(other).filter((term) => !termsOf(plan).some((own) => own.includes(term)));
      expect(foreign.length).toBeGreaterThan(0);
      for (const term of foreign) expect(text).not.toContain(term);
      expect(words.lanes.lead).toContain(plan.roles.municipal.leadEither);
      expect(words.lanes.lead).toContain(plan.roles.district.leadEither);
      expect(words.deptLegend.district).toContain(plan.roles.district.lead);
    }
  });

  it('keep the slots the page and the browser fill later', () => {
    const words = timelineRoleWords(UI.timeline, first.roles);
    expect(words.description).toContain('{n}');
    expect(words.deptLegend.municipal).toContain('{who}');
    expect(words.deptLegend.either).toContain('{who}');
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
});
