/**
 * The DOM writes of <network-graph> that follow from a pure result: the compact drawing
 * (compactLayout.ts) put onto the served SVG, and the panel's lines (networkPanel.ts) as list
 * items. No state and no events: those stay in the element.
 */
import type { CompactDrawing } from '../../../lib/graph/compactLayout.ts';
import { taskBand } from '../../../lib/graph/layoutNetwork.ts';
import type { PanelLine, PanelView } from '../../../lib/graph/networkPanel.ts';

export interface DrawingParts {
  svg: SVGSVGElement;
  nodes: ReadonlyMap<string, SVGAElement>;
  edges: readonly SVGPathElement[];
  /** Each node's y as served: a node moves by the difference. */
  baseY: ReadonlyMap<string, number>;
  measuresX: number;
}

/** Moves what is drawn to its compact place, the task bands with it, and fits the viewBox to it. */
export function applyDrawing(parts: DrawingParts, compact: CompactDrawing): void {
  for (const [key, y] of compact.y) parts.nodes.get(key)!.setAttribute('transform', `translate(0,${y - parts.baseY.get(key)!})`);
  for (const [index, path] of compact.paths) parts.edges[index]!.setAttribute('d', path);
  const bands = new Map(compact.tasks.map((task) => [task.no, taskBand(task, parts.measuresX)]));
  for (const mark of parts.svg.querySelectorAll<SVGElement>('.network-task, .network-task-label')) {
    const band = bands.get(Number(mark.dataset['task']));
    mark.classList.toggle('is-filtered', !band);
    if (!band) continue;
    if (mark instanceof SVGRectElement) {
      mark.setAttribute('y', String(band.y));
      mark.setAttribute('height', String(band.height));
    } else for (const text of mark.querySelectorAll('text')) text.setAttribute('y', String(band.labelY));
  }
  const { x, y, width, height } = compact.box;
  parts.svg.setAttribute('viewBox', `${x} ${y} ${width} ${height}`);
  parts.svg.setAttribute('width', String(width));
  parts.svg.setAttribute('height', String(height));
  // The frame's CSS draws it as wide as the frame, at most 1.25 of this width.
  parts.svg.parentElement!.style.setProperty('--drawing-width', `${width}px`);
}

/** Fills the focus panel's heading, page link and lists. */
export function renderPanel(panel: HTMLElement, shown: PanelView): void {
  panel.querySelector('h2')!.textContent = shown.heading;
  Object.assign(panel.querySelector<HTMLAnchorElement>('.panel-page a')!, { href: shown.page.href, textContent: shown.page.text });
  const measuresHeading = panel.querySelector<HTMLElement>('.panel-measures-heading')!;
  const measures = panel.querySelector<HTMLElement>('.panel-measures')!;
  measuresHeading.hidden = measures.hidden = shown.measures === null;
  measuresHeading.textContent = shown.measures?.heading ?? '';
  measures.replaceChildren(...(shown.measures?.lines ?? []).map(listItem));
  panel.querySelector('.panel-partners-heading')!.textContent = shown.partners.heading;
  panel.querySelector('.panel-partners')!.replaceChildren(...shown.partners.lines.map(listItem));
}

/** One line of the panel as a list item: role tag, link, note. */
function listItem(line: PanelLine): HTMLLIElement {
  const item = document.createElement('li');
  if (line.tag) item.append(Object.assign(document.createElement('span'), { className: `role role-${line.tag.role}`, textContent: line.tag.text }));
  const link = Object.assign(document.createElement('a'), { href: line.href, textContent: line.text });
  if (line.focus) link.dataset['focus'] = line.focus;
  item.append(link);
  if (line.note) item.append(Object.assign(document.createElement('span'), { className: 'muted', textContent: ` ${line.note}` }));
  return item;
}
