/**
 * The timeline's strings that name roles, filled with the words of the page's plan (its own
 * 说明's, planRoles.ts, already in the page's script): another plan's pages must not speak of
 * 主要支持指导 or 牵头 when its note calls the first-listed bodies otherwise. Slots the page
 * or the browser fills later (`{n}`, `{who}`) are kept as they are.
 */
import type { Ui } from '../i18n/ui.ts';
import { fill } from '../i18n/template.ts';
import type { RoleWords } from '../model/planRoles.ts';
import type { Side } from '../plan/schema.ts';
import type { LaneMode } from './timelineLanes.ts';

export interface TimelineRoleWords {
  /** The timeline page's description; `{n}` still to fill. */
  readonly description: string;
  readonly lanes: Readonly<Record<LaneMode, string>>;
  readonly laneColumn: Readonly<Record<LaneMode, string>>;
  /** The fills' legend by the chosen bodies' side; `{who}` still to fill (in the browser). */
  readonly deptLegend: Readonly<Record<Side | 'either', string>>;
  /** Each measure's first-listed bodies on both sides, as the deadline pages list them. */
  readonly leadBodies: string;
}

/** A slot kept for whoever fills the template next. */
const kept = (slot: string) => `{${slot}}`;

export function timelineRoleWords(t: Ui['timeline'], roles: RoleWords): TimelineRoleWords {
  const both = {
    municipalLead: roles.municipal.leadEither,
    districtLead: roles.district.leadEither,
    municipalSupport: roles.municipal.supportEither,
    districtSupport: roles.district.supportEither,
  };
  const legendOf = (side: Side) => fill(t.deptLegend.side, { who: kept('who'), lead: roles[side].lead, support: roles[side].support });
  return {
    description: fill(t.description, { n: kept('n'), ...both }),
    lanes: { ...t.lanes, lead: fill(t.lanes.lead, both) },
    laneColumn: { ...t.laneColumn, lead: fill(t.laneColumn.lead, both) },
    deptLegend: { municipal: legendOf('municipal'), district: legendOf('district'), either: fill(t.deptLegend.either, { who: kept('who'), ...both }) },
    // Without the note's words both sides' terms would read 列第一位 twice.
    leadBodies: roles.fromNote ? fill(t.leadBodies, both) : t.leadBodiesNeutral,
  };
}
