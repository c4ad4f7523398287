import type { Side } from '../plan/schema.ts';
import type { Graph } from './buildGraph.ts';
import { MEASURE_BADGE, type NetworkLayout } from './layoutNetwork.ts';
import { nodeKey } from './nodeKey.ts';

/** The words the drawing needs, in the page's edition (from the UI dictionary). */
export interface NetworkSvgText {
  departmentTitle: (name: string, side: Side, lead: number, support: number) => string;
  measureTitle: (id: number, text: string) => string;
  taskLabel: (no: number) => string;
  taskTitle: (no: number, title: string) => string;
}

export interface RenderNetworkOptions {
  /** Accessible name of the whole drawing. */
  label: string;
  text: NetworkSvgText;
  /** Data text in the page's edition. */
  tx: (text: string) => string;
  departmentHref: (slug: string) => string;
  measureHref: (id: number) => string;
  /** When set, nodes get ids `${idPrefix}d-<slug>` / `${idPrefix}m-<id>` (one drawing per page may use this). */
  idPrefix?: string;
  /** Slug of a department drawn as the centre of attention (the ego network's own department). */
  ego?: string;
  /** Extra class on the <svg>. */
  className?: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const esc = (text: string) => text.replace(/[&<>"]/gu, (c) => ESCAPES[c]!);

const departmentKey = nodeKey.department;
const measureKey = nodeKey.measure;

/**
 * The drawing as SVG markup, complete at build time: the page's first paint is the final
 * picture. Every node is a link (to its page) with a <title>, which is also its accessible
 * name (an aria-label would hide the visible label from the name), so without JavaScript the
 * drawing is readable and navigable; the data-* attributes are what the client script reads
 * to make it interactive, so it never needs the data itself. Drawn in currentColor and CSS
 * classes: colours come from the page's custom properties.
 */
export function renderNetworkSvg(graph: Graph, layout: NetworkLayout, options: RenderNetworkOptions): string {
  const { text, tx, idPrefix } = options;
  const departments = new Map(graph.departments.map((d) => [d.slug, d]));
  const measures = new Map(graph.measures.map((m) => [m.id, m]));
  const taskTitles = new Map(graph.tasks.map((t) => [t.no, t.title]));
  const id = (key: string) => (idPrefix === undefined ? '' : ` id="${esc(idPrefix + key.replace(':', '-'))}"`);
  const { width: badgeW, height: badgeH } = MEASURE_BADGE;
  const out: string[] = [];

  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="${esc(['network-svg', options.className].filter(Boolean).join(' '))}" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" role="group" aria-label="${esc(options.label)}">`,
    '<g class="network-viewport">',
  );

  // Task bands behind the measure column, labelled at the top.
  out.push('<g class="network-tasks">');
  for (const task of layout.tasks) {
    const x = layout.columns.measures - badgeW / 2 - 4;
    const top = task.top;
    const h = task.bottom + badgeH / 2 + 3 - top;
    out.push(
      `<g class="network-task" data-task="${task.no}"><title>${esc(text.taskTitle(task.no, tx(taskTitles.get(task.no) ?? '')))}</title>`,
      `<rect x="${x}" y="${top}" width="${badgeW + 8}" height="${h}" rx="4"/>`,
      `<text x="${layout.columns.measures}" y="${top + 12}" text-anchor="middle">${esc(text.taskLabel(task.no))}</text></g>`,
    );
  }
  out.push('</g>');

  // Edges under the nodes; decorative for assistive technology (each node's title says it all).
  out.push('<g class="network-edges" aria-hidden="true">');
  for (const edge of layout.edges) {
    out.push(
      `<path class="edge edge-${edge.role} edge-${edge.side}${edge.department === options.ego ? ' edge-ego' : ''}" data-from="${esc(departmentKey(edge.department))}" data-to="${measureKey(edge.measure)}" d="${edge.path}"/>`,
    );
  }
  out.push('</g>');

  out.push('<g class="network-nodes">');
  for (const place of layout.departments) {
    const d = departments.get(place.slug)!;
    const name = tx(d.name);
    const title = text.departmentTitle(name, d.side, d.lead.length, d.support.length);
    const classes = ['node', 'node-department', `node-${d.side}`, place.prominent && 'is-prominent', options.ego === d.slug && 'is-ego'];
    out.push(
      `<a${id(departmentKey(d.slug))} class="${classes.filter(Boolean).join(' ')}" href="${esc(options.departmentHref(d.slug))}" data-node="${esc(departmentKey(d.slug))}" data-side="${d.side}">`,
      `<title>${esc(title)}</title>`,
      `<circle cx="${place.x}" cy="${place.y}" r="${place.r}"/>`,
      `<text x="${place.labelX}" y="${place.y}" dy="0.35em" text-anchor="${d.side === 'municipal' ? 'end' : 'start'}">${esc(name)}</text></a>`,
    );
  }
  for (const place of layout.measures) {
    const m = measures.get(place.id)!;
    const title = text.measureTitle(m.id, tx(m.text));
    out.push(
      `<a${id(measureKey(m.id))} class="node node-measure" href="${esc(options.measureHref(m.id))}" data-node="${measureKey(m.id)}" data-task="${m.task}" data-area="${m.area}" data-group="${esc(m.group)}">`,
      `<title>${esc(title)}</title>`,
      `<rect x="${place.x - badgeW / 2}" y="${place.y - badgeH / 2}" width="${badgeW}" height="${badgeH}" rx="${badgeH / 2}"/>`,
      `<text x="${place.x}" y="${place.y}" dy="0.35em" text-anchor="middle">${m.id}</text></a>`,
    );
  }
  out.push('</g></g></svg>');
  return out.join('');
}
