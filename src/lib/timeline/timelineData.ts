/**
 * The data the timeline's element is given, built from the site model at build time: each
 * measure's column, task, group and departments by role, each department's name in the
 * page's script with the keys the name matcher compares (pinyin needs the converter, which
 * the browser does not load), and the lanes of every mode. Build-time only: the browser
 * reads the result from the element's config.
 */
import type { SiteModel, SitePlan } from '../model/siteModel.ts';
import type { Edition } from '../i18n/edition.ts';
import { keywordContext, type KeywordContext } from '../search/keywordContext.ts';
import { keysForEdition, nameSearchKeys } from '../search/nameMatcher.ts';
import { deadlineBin } from './deadlineBin.ts';
import { LANE_MODES, timelineLanes, type LaneMode, type TimelineLane } from './timelineLanes.ts';
import type { TimelineData } from './timelineView.ts';

/** Every mode's lanes, as the page draws them. */
export function allLanes(model: SitePlan): Record<LaneMode, TimelineLane[]> {
  return Object.fromEntries(LANE_MODES.map((mode) => [mode, timelineLanes(model, mode)])) as Record<LaneMode, TimelineLane[]>;
}

/** A department's match keys for one edition (keysForEdition: one Traditional spelling of the overridden characters). */
function keysFor(department: SiteModel['departments'][number], context: KeywordContext, edition: Pick<Edition, 'tx' | 'locale'>): string[] {
  const names = [department.name, ...department.aliases];
  return keysForEdition(nameSearchKeys(names, context), edition, context.overrides);
}

/** Names are written in the edition's script (`tx`), and the match keys suit it. */
export function timelineData(model: SitePlan, decisions: SiteModel['decisions'], edition: Pick<Edition, 'tx' | 'locale'>, lanes = allLanes(model)): TimelineData {
  const { tx } = edition;
  const context = keywordContext(decisions);
  return {
    measures: model.measures.map((m) => ({
      id: m.id,
      bin: deadlineBin(m.deadline).key,
      task: m.task.no,
      group: m.group.slug,
      lead: m.leads.map((a) => a.department.slug),
      support: m.assignments.filter((a) => a.role === 'support').map((a) => a.department.slug),
    })),
    departments: model.departments.map((d) => ({ slug: d.slug, name: tx(d.name), side: d.side, keys: keysFor(d, context, edition) })),
    lanes: Object.fromEntries(LANE_MODES.map((mode) => [mode, lanes[mode].map((lane) => ({ key: lane.key, ...(lane.side ? { side: lane.side } : {}), ids: lane.ids }))])) as TimelineData['lanes'],
    tasks: model.tasks.map((task) => task.no),
    groups: model.groups.map((group) => group.slug),
  };
}
