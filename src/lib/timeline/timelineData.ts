/**
 * The data the timeline's element is given, built from the site model at build time: each
 * measure's column, task, group and departments by role, each department's name in the
 * page's script with the keys the name matcher compares (pinyin needs the converter, which
 * the browser does not load), and the lanes of every mode. Build-time only: the browser
 * reads the result from the element's config.
 */
import type { SiteDepartment, SiteModel, SitePlan } from '../model/siteModel.ts';
import { fill } from '../i18n/template.ts';
import type { Edition } from '../i18n/edition.ts';
import { keywordContext, type KeywordContext } from '../search/keywordContext.ts';
import { keysForEdition, nameSearchKeys } from '../search/nameMatcher.ts';
import { deadlineBin } from './deadlineBin.ts';
import { LANE_MODES, timelineLanes, type LaneMode, type TimelineLane } from './timelineLanes.ts';
import type { TimelineData, TimelineDepartment } from './timelineView.ts';

/** Every mode's lanes, as the page draws them. */
export function allLanes(model: SitePlan): Record<LaneMode, TimelineLane[]> {
  return Object.fromEntries(LANE_MODES.map((mode) => [mode, timelineLanes(model, mode)])) as Record<LaneMode, TimelineLane[]>;
}

/** A department's match keys for one edition (keysForEdition: one Traditional spelling of the overridden characters). */
function keysFor(department: SiteDepartment, context: KeywordContext, edition: Pick<Edition, 'tx' | 'locale'>): string[] {
  const names = [department.name, ...department.aliases];
  return keysForEdition(nameSearchKeys(names, context), edition, context.overrides);
}

/** A department as the box matches it, with its measures in the site's other plans. */
function boxDepartment(department: SiteDepartment, model: SitePlan, others: readonly SitePlan[], context: KeywordContext, edition: Pick<Edition, 'tx' | 'locale'>): TimelineDepartment {
  const elsewhere = department.duties.flatMap((duty) => {
    const plan = others.indexOf(duty.plan);
    return plan < 0 ? [] : [{ plan, lead: duty.lead.map((m) => m.id), support: duty.support.map((m) => m.id) }];
  });
  return {
    slug: department.slug,
    name: edition.tx(department.name),
    side: department.side,
    keys: keysFor(department, context, edition),
    ...(elsewhere.length > 0 ? { elsewhere } : {}),
    ...(department.duties.some((duty) => duty.plan === model) ? {} : { elsewhereOnly: true as const }),
  };
}

/**
 * Names are written in the edition's script (`tx`), and the match keys suit it. Given the
 * site (`site`) with several plans, the box matches every body of the site, this plan's first,
 * and knows each one's measures in the other plans.
 */
export function timelineData(
  model: SitePlan,
  decisions: SiteModel['decisions'],
  edition: Pick<Edition, 'tx' | 'locale' | 'ui' | 'paths'>,
  { lanes = allLanes(model), site }: { lanes?: Record<LaneMode, TimelineLane[]>; site?: Pick<SiteModel, 'plans' | 'departments'> } = {},
): TimelineData {
  const { tx } = edition;
  const context = keywordContext(decisions);
  const others = site && site.plans.length > 1 ? site.plans.filter((plan) => plan !== model) : [];
  const here = new Set(model.departments);
  const departments = [...model.departments, ...(others.length > 0 ? site!.departments.filter((d) => !here.has(d)) : [])];
  return {
    measures: model.measures.map((m) => ({
      id: m.id,
      bin: deadlineBin(m.deadline).key,
      task: m.task.no,
      group: m.group.slug,
      lead: m.leads.map((a) => a.department.slug),
      support: m.assignments.filter((a) => a.role === 'support').map((a) => a.department.slug),
    })),
    departments: departments.map((d) => boxDepartment(d, model, others, context, edition)),
    lanes: Object.fromEntries(LANE_MODES.map((mode) => [mode, lanes[mode].map((lane) => ({ key: lane.key, ...(lane.side ? { side: lane.side } : {}), ids: lane.ids }))])) as TimelineData['lanes'],
    tasks: model.tasks.map((task) => task.no),
    groups: model.groups.map((group) => group.slug),
    ...(others.length > 0 ? { otherPlans: others.map((plan) => ({ label: fill(edition.ui.plans.label, { title: tx(plan.meta.title) }), href: edition.paths.timeline(plan) })) } : {}),
  };
}
