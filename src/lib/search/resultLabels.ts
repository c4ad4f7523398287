/**
 * What a search result says about itself, in the edition's script and the document's role
 * terms: the same words in the page's search metadata (SearchMeta) and in the search page's own
 * list of names and numbers (searchPageConfig), so a result reads the same however it was found.
 */
import type { Edition } from '../i18n/edition.ts';
import { fill } from '../i18n/template.ts';
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
  return [
    ...measure.leads.map((lead) => fill(ui.search.fact, { role: ui.roles[lead.side].lead, value: tx(lead.department.name) })),
    fill(ui.search.fact, { role: ui.search.deadline, value: tx(measure.deadline.label) }),
  ].join('　');
}

/** 横琴新区牵头配合部门　牵头7项　配合6项: its column and its counts by role, in its side's terms. */
export function departmentFacts(department: SiteDepartment, { ui }: Words): string {
  const roles = ui.roles[department.side];
  return fill(ui.search.departmentFacts, {
    side: ui.sides.column[department.side],
    leadRole: roles.lead,
    lead: department.lead.length,
    supportRole: roles.support,
    support: department.support.length,
  });
}
