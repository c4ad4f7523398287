/**
 * The timeline's strings that name roles, filled with the words of the page's plan (its own
 * 说明's, planRoles.ts, already in the page's script): another plan's pages must not speak of
 * 主要支持指导 or 牵头 when its note calls the first-listed bodies otherwise. Slots the page
 * or the browser fills later (`{n}`, `{who}`) are kept as they are.
 */
import type { Ui } from '../i18n/ui.ts';
import { fill } from '../i18n/template.ts';
import { bothSides, type RoleWords } from '../model/planRoles.ts';
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

/** `ui` is the page's dictionary: its timeline strings, and how both sides' words join in one phrase (roles.or). */
export function timelineRoleWords(ui: Pick<Ui, 'timeline' | 'roles'>, roles: RoleWords): TimelineRoleWords {
  const { timeline: t, roles: { or } } = ui;
  const both = { leads: bothSides(roles, 'lead', or), supports: bothSides(roles, 'support', or) };
  const legendOf = (side: Side) => fill(t.deptLegend.side, { who: kept('who'), lead: roles[side].lead, support: roles[side].support });
  const [municipalLead, districtLead] = [roles.municipal.leadEither, roles.district.leadEither];
  return {
    description: fill(t.description, { n: kept('n'), ...both }),
    lanes: { ...t.lanes, lead: fill(t.lanes.lead, both) },
    laneColumn: { ...t.laneColumn, lead: fill(t.laneColumn.lead, both) },
    deptLegend: { municipal: legendOf('municipal'), district: legendOf('district'), either: fill(t.deptLegend.either, { who: kept('who'), ...both }) },
    // Without the note's words, or with one word for both sides, the two terms would read alike twice.
    leadBodies: roles.fromNote && municipalLead !== districtLead ? fill(t.leadBodies, { municipalLead, districtLead }) : t.leadBodiesNeutral,
  };
}
