/**
 * The focus panel's words and links, from its contents (networkView.panelContents): pure, so
 * the element only turns these lines into list items, and a test reads the same lines.
 */
import { fill } from '../i18n/template.ts';
import type { Paths, PlanScope } from '../paths.ts';
import type { Side } from '../plan/schema.ts';
import type { Role } from './buildGraph.ts';
import { parseNodeKey } from './nodeKey.ts';
import { formatView, type NetworkView, type PanelContents, type PanelItem } from './networkView.ts';

/** The panel's templates (ui.network.panel) and the role words (ui.roles), in the page's script. */
export interface PanelText {
  panel: { openDepartment: string; openMeasure: string; measures: string; partners: string; departments: string; shared: string };
  roles: Record<Side, { lead: string; support: string }>;
}

export interface PanelLine {
  /** The role tag, in its side's words. */
  tag?: { role: Role; text: string };
  text: string;
  href: string;
  /** For a link that focuses another node in the drawing instead of leaving the page. */
  focus?: string;
  note?: string;
}

export interface PanelView {
  heading: string;
  page: { href: string; text: string };
  /** A department's measures; null for a measure. */
  measures: { heading: string; lines: PanelLine[] } | null;
  partners: { heading: string; lines: PanelLine[] };
}

/** `labelOf` gives a node's label as the drawing shows it; `pathname` is the page's own path, for focus links. */
export function panelView(contents: PanelContents, view: NetworkView, text: PanelText, paths: Pick<Paths, 'department' | 'measure'>, plan: PlanScope, labelOf: (key: string) => string, pathname: string): PanelView {
  const hrefOf = (key: string) => {
    const parsed = parseNodeKey(key)!;
    return parsed.kind === 'measure' ? paths.measure(plan, parsed.id) : paths.department(parsed.slug);
  };
  const tagged = (item: PanelItem): Pick<PanelLine, 'tag'> => (item.role ? { tag: { role: item.role.role, text: text.roles[item.role.side][item.role.role] } } : {});
  const isMeasure = contents.kind === 'measure';
  const t = text.panel;
  const partnerLines = contents.partners.map(
    (item): PanelLine => ({
      ...(isMeasure ? tagged(item) : {}),
      text: labelOf(item.key),
      href: `${pathname}${formatView({ ...view, focus: item.key })}`,
      focus: item.key,
      ...(item.shared ? { note: fill(t.shared, { ids: item.shared.join('、') }) } : {}),
    }),
  );
  return {
    heading: labelOf(contents.key),
    page: { href: hrefOf(contents.key), text: isMeasure ? t.openMeasure : t.openDepartment },
    measures: isMeasure
      ? null
      : { heading: fill(t.measures, { n: contents.measures.length }), lines: contents.measures.map((item) => ({ ...tagged(item), text: labelOf(item.key), href: hrefOf(item.key) })) },
    partners: { heading: fill(isMeasure ? t.departments : t.partners, { n: contents.partners.length }), lines: partnerLines },
  };
}
