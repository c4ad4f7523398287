/**
 * What a department's reporting sheet holds: its measures plan by plan, each with its role in
 * that plan's words and its status as of the plan's progress file. Pure: built from plain plan
 * data, so the writer (writeSheet.ts) only lays it out.
 */
import type { Deadline, Side } from '../../plan/schema.ts';
import type { MeasureProgress, PlanProgress } from '../measureProgress.ts';

/** One plan's part of the sheet: the department's duties in it. */
export interface SheetPlanSource {
  readonly slug: string;
  readonly title: string;
  readonly year: number;
  /** The department's measures in this plan, by the role the plan gives it. */
  readonly lead: readonly SheetMeasure[];
  readonly support: readonly SheetMeasure[];
  /**
   * The plan's words for the department's side's roles (牵头 / 配合 on the Hengqin side,
   * 主要支持指导 / 支持配合 on the municipal side, in the 2017 table): another plan's 说明 may
   * word them otherwise, so the caller gives them.
   */
  readonly roles: { readonly lead: string; readonly support: string };
  /** The plan's progress, or null when it has no progress file yet. */
  readonly progress: PlanProgress | null;
}

export interface SheetMeasure {
  readonly id: number;
  readonly text: string;
  readonly deadline: Deadline;
}

export interface SheetRow {
  readonly plan: string;
  readonly planTitle: string;
  readonly id: number;
  readonly text: string;
  readonly role: string;
  readonly deadline: Deadline;
  /** Its progress as of the plan's asOf; null when the plan has no progress file. */
  readonly progress: MeasureProgress | null;
}

export interface SheetInput {
  readonly department: { readonly slug: string; readonly name: string; readonly side: Side };
  /** The distinct asOf dates of the plans' progress files, oldest first; empty when none has one. */
  readonly asOf: readonly string[];
  /** The earliest of the plans' years: no report date can be before it. */
  readonly year: number;
  /** Plan by plan, each plan's measures by number. */
  readonly rows: readonly SheetRow[];
}

/** A department's sheet over the plans it has duties in (plans where it has none are left out). */
export function sheetInput(department: SheetInput['department'], plans: readonly SheetPlanSource[]): SheetInput {
  const withDuties = plans.filter((plan) => plan.lead.length + plan.support.length > 0);
  if (withDuties.length === 0) throw new Error(`${department.name} has no measures in any plan`);
  const rows = withDuties.flatMap((plan) =>
    [...plan.lead.map((m) => ({ m, role: plan.roles.lead })), ...plan.support.map((m) => ({ m, role: plan.roles.support }))]
      .sort((a, b) => a.m.id - b.m.id)
      .map(({ m, role }): SheetRow => ({
        plan: plan.slug,
        planTitle: plan.title,
        id: m.id,
        text: m.text,
        role,
        deadline: m.deadline,
        progress: plan.progress?.measure(m.id) ?? null,
      })),
  );
  const asOf = [...new Set(withDuties.flatMap((plan) => (plan.progress ? [plan.progress.asOf] : [])))].sort();
  return { department, asOf, year: Math.min(...withDuties.map((plan) => plan.year)), rows };
}
