/**
 * What a search result says about itself, in the edition's script and the document's role
 * terms: the same words in the page's search metadata (SearchMeta) and in the search page's own
 * list of names and numbers (searchPageConfig), so a result reads the same however it was found.
 */
import type { Edition } from '../i18n/edition.ts';
import { fill } from '../i18n/template.ts';
import { commonRoles } from '../model/planRoles.ts';
import type { SiteDepartment, SiteMeasure } from '../model/siteModel.ts';
import { fullWidthPunctuation, textStart } from './readingText.ts';

type Words = Pick<Edition, 'tx' | 'ui'>;

/** 第14项　推进“证照分离”改革试点…: the number and the start of the measure's own text. */
export function measureTitle(measure: SiteMeasure, { tx, ui }: Words): string {
  return fill(ui.search.measureTitle, { id: measure.id, start: textStart(measureText(measure, { tx, ui })) });
}

/** The measure's own text as results show it: full-width punctuation, the edition's script. */
export function measureText(measure: SiteMeasure, { tx }: Words): string {
  return tx(fullWidthPunctuation(measure.text));
}

/** 主要支持指导：市工商局　牵头：横琴工商局　完成时限：11月底 */
export function measureFacts(measure: SiteMeasure, { tx, ui }: Words): string {
  return [...planLabel(measure, { tx, ui }), ...measure.leads.map((lead) => fill(ui.search.fact, { role: tx(measure.plan.roles[lead.side].lead), value: tx(lead.department.name) })), dueFact(measure, { tx, ui })].join('　');
}

/** With several plans (the plan has a URL segment), the plan a result is in: 《…任务分工表》; nothing for a one-plan site. */
function planLabel(measure: SiteMeasure, { tx, ui }: Words): string[] {
  return measure.plan.segment ? [fill(ui.plans.label, { title: tx(measure.plan.meta.title) })] : [];
}

/** 完成时限：11月底 */
export function measureDue(measure: SiteMeasure, { tx, ui }: Words): string {
  // Shown under a bodies excerpt, in place of the facts: it names the plan as they do.
  return [...planLabel(measure, { tx, ui }), dueFact(measure, { tx, ui })].join('　');
}

function dueFact(measure: SiteMeasure, { tx, ui }: Words): string {
  return fill(ui.search.fact, { role: ui.search.deadline, value: tx(measure.deadline.label) });
}

/**
 * Every body on a measure under its role, side by side: 主要支持指导：市发改局；支持配合：市工商局、
 * 市金融局；牵头：区金融服务局 (as the lists of measures on task pages name them). A result whose own text lacks the query shows this, with the
 * query marked, so the reader sees why the measure was found.
 */
export function measureBodies(measure: SiteMeasure, { tx, ui }: Words): string {
  const sides = (['municipal', 'district'] as const).map((side) => {
    const on = measure.assignments.filter((a) => a.side === side);
    const named = (role: 'lead' | 'support') => on.filter((a) => a.role === role).map((a) => tx(a.department.name)).join(ui.search.namesJoin);
    return (['lead', 'support'] as const)
      .filter((role) => named(role) !== '')
      .map((role) => fill(ui.search.fact, { role: tx(measure.plan.roles[side][role]), value: named(role) }))
      .join(ui.search.rolesJoin);
  });
  return sides.filter(Boolean).join(ui.search.rolesJoin);
}

/** 横琴新区牵头配合部门　牵头7项　配合6项: its column and its counts by role, in its plans' names and terms. */
export function departmentFacts(department: SiteDepartment, { tx, ui }: Words): string {
  // The counts span every plan that names it: the words (and the column's name) those plans
  // share, neutral where they differ.
  const roles = commonRoles(department.duties.map((duty) => duty.plan))[department.side];
  return fill(ui.search.departmentFacts, {
    side: tx(roles.column),
    leadRole: tx(roles.lead),
    lead: department.lead.length,
    supportRole: tx(roles.support),
    support: department.support.length,
  });
}
