import { fill } from '../i18n/template.ts';
import { chineseOrdinal } from '../plan/chineseOrdinal.ts';
import type { Side } from '../plan/schema.ts';
import type { StatusLayer } from '../progress/statusLayer.ts';
import type { Graph } from './buildGraph.ts';
import { MEASURE_BADGE, taskBand, type NetworkLayout } from './layoutNetwork.ts';
import { nodeKey } from './nodeKey.ts';

/** The words the drawing needs, in the page's edition: templates from ui.network and the role terms from ui.roles. */
export interface NetworkSvgText {
  /** Slots: {name}, {side}, {leadRole}, {lead}, {supportRole}, {support}. */
  departmentTitle: string;
  /** Slots: {id}, {text}. */
  measureTitle: string;
  /** Slots: {ordinal}. */
  taskLabel: string;
  /** Slots: {ordinal}, {title}. */
  taskTitle: string;
  side: Readonly<Record<Side, string>>;
  /** Each side's short role words: 主要支持指导 / 支持配合, 牵头 / 配合. */
  roles: Readonly<Record<Side, { readonly lead: string; readonly support: string }>>;
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
  /**
   * The progress layer (where the plan has a progress file): each measure's part and text mark,
   * drawn as a tag at its badge's corner (the page's switch shows or hides it), and its status
   * added to the node's title.
   */
  status?: StatusLayer;
  /** Slots {label} and {status}: the title with the status added. */
  statusTitle?: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const esc = (text: string) => text.replace(/[&<>"]/gu, (c) => ESCAPES[c]!);

/** Radius of a measure's status tag, in the drawing's units: room for one character at 10px. */
const STATUS_TAG_R = 7;

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

  // Task bands behind the measure column; their labels are drawn over the edges (below).
  out.push('<g class="network-tasks">');
  for (const task of layout.tasks) {
    const band = taskBand(task, layout.columns.measures);
    out.push(`<rect class="network-task" data-task="${task.no}" x="${band.x}" y="${band.y}" width="${band.width}" height="${band.height}" rx="4"/>`);
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

  // Task labels in the gap above each task's first measure, where no edge ends, over the
  // edges with a halo in the background colour: nothing is drawn through them.
  out.push('<g class="network-task-labels">');
  for (const task of layout.tasks) {
    const ordinal = chineseOrdinal(task.no);
    out.push(
      `<g class="network-task-label" data-task="${task.no}"><title>${esc(fill(text.taskTitle, { ordinal, title: tx(taskTitles.get(task.no) ?? '') }))}</title>`,
      // The halo is a copy drawn first in the background colour (paint-order is not yet valid CSS to the HTML checker).
      ...['halo', 'label'].map(
        (kind) =>
          `<text class="${kind}" x="${layout.columns.measures}" y="${taskBand(task, layout.columns.measures).labelY}" text-anchor="middle"${kind === 'halo' ? ' aria-hidden="true"' : ''}>${esc(fill(text.taskLabel, { ordinal }))}</text>`,
      ),
      '</g>',
    );
  }
  out.push('</g>');

  out.push('<g class="network-nodes">');
  for (const place of layout.departments) {
    const d = departments.get(place.slug)!;
    const name = tx(d.name);
    const roles = text.roles[d.side];
    const title = fill(text.departmentTitle, { name, side: text.side[d.side], leadRole: roles.lead, lead: d.lead.length, supportRole: roles.support, support: d.support.length });
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
    const status = options.status?.get(m.id);
    const plain = fill(text.measureTitle, { id: m.id, text: tx(m.text) });
    const title = status && options.statusTitle ? fill(options.statusTitle, { label: plain, status: status.label }) : plain;
    const part = status ? ` data-part="${status.part}"` : '';
    out.push(
      `<a${id(measureKey(m.id))} class="node node-measure" href="${esc(options.measureHref(m.id))}" data-node="${measureKey(m.id)}" data-task="${m.task}" data-area="${m.area}" data-group="${esc(m.group)}"${part}>`,
      `<title>${esc(title)}</title>`,
      `<rect x="${place.x - badgeW / 2}" y="${place.y - badgeH / 2}" width="${badgeW}" height="${badgeH}" rx="${badgeH / 2}"/>`,
      `<text x="${place.x}" y="${place.y}" dy="0.35em" text-anchor="middle">${m.id}</text>`,
      // The status tag just right of the badge, on its line: a disc in the status's colour (CSS) with its character.
      ...(status
        ? [
            `<g class="status-tag" aria-hidden="true"><circle cx="${place.x + badgeW / 2 + STATUS_TAG_R + 1}" cy="${place.y}" r="${STATUS_TAG_R}"/>`,
            `<text x="${place.x + badgeW / 2 + STATUS_TAG_R + 1}" y="${place.y}" dy="0.35em" text-anchor="middle">${esc(status.mark)}</text></g>`,
          ]
        : []),
      '</a>',
    );
  }
  out.push('</g></g></svg>');
  return out.join('');
}
