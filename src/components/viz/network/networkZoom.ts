/**
 * Zoom and pan for the network drawing (d3-zoom), with its buttons. The wheel scrolls the page
 * unless Ctrl (or ⌘) is held; touch keeps the browser's own scrolling and pinch-zoom, so the
 * drawing never traps a reader's finger.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity } from 'd3-zoom';
import type { Box } from '../../../lib/graph/compactLayout.ts';

export interface DrawingZoom {
  /** After a redraw: the new box is the whole pannable area, at the default zoom. */
  reset: (box: Box) => void;
}

export function attachZoom(svg: SVGSVGElement, buttons: Iterable<HTMLButtonElement>): DrawingZoom {
  const viewport = svg.querySelector('.network-viewport')!;
  const behaviour = zoom<SVGSVGElement, unknown>()
    .scaleExtent([1, 8])
    .filter((event: Event) => (event.type === 'wheel' ? (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey : !(event as MouseEvent).button))
    .touchable(false)
    .clickDistance(4)
    .on('zoom', (event: { transform: { toString(): string } }) => viewport.setAttribute('transform', event.transform.toString()));
  const selection = select(svg);
  selection.call(behaviour).on('dblclick.zoom', null);
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const how = button.dataset['zoom'];
      if (how === 'reset') behaviour.transform(selection, zoomIdentity);
      else behaviour.scaleBy(selection, how === 'in' ? 1.5 : 1 / 1.5);
    });
  }
  return {
    reset: ({ x, y, width, height }) => {
      behaviour.translateExtent([[x, y], [x + width, y + height]]);
      behaviour.transform(selection, zoomIdentity);
    },
  };
}
