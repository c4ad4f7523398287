/**
 * What a reader of a small screen would trip over on a page, measured from the page's own line
 * boxes (Range.getClientRects), with rules that name no page and no component:
 *
 * - narrow-run: a run of text (the inline text of one block, four or more characters) set
 *   under 2.6 characters a line on average, as in a squeezed table column or caption;
 * - split-token: a number, file name or Latin word (digits and letters, with the dots,
 *   underscores and colons inside them, and slashes or hyphens between digits) broken across lines;
 * - page-overflow: the page itself scrolls sideways (a wide thing must scroll in its own frame);
 * - caption-cut: a table caption runs past the screen's edge (it must wrap to the screen, not to its table);
 * - caption-repeats: a table caption says again what the heading right before it says;
 * - sticky-column: a table wider than its frame loses its first column when the frame is scrolled to its end;
 * - near-fit: a table scrolls in its frame for a sliver (wider than the frame by under
 *   `nearFitShare` of it, its last column cut at the edge): a table that close is made to fit
 *   (heads wrap between words, cells pad less); a frame scrolls for tables that cannot;
 * - current-link: the header's link to the current page or section is off screen or covered;
 * - nav-hidden: a header link is off screen with no scrolling frame to reach it by;
 * - chart-scrolls: a chart scrolls sideways inside a frame (a wide drawing is drawn within its
 *   frame on a phone, and the page offers a list or table for the detail);
 * - chart-late: a chart (a large svg, canvas, figure or role=img) in the page's opening section
 *   (before its first visible h2) starts too low for a useful part of it to show on the first screen.
 *
 * `probeReadingLayout` runs inside the page (page.evaluate): it is self-contained on purpose.
 */

export type ReadingRule = 'narrow-run' | 'split-token' | 'page-overflow' | 'caption-cut' | 'caption-repeats' | 'sticky-column' | 'near-fit' | 'current-link' | 'nav-hidden' | 'chart-scrolls' | 'chart-late';

export interface ReadingProblem {
  rule: ReadingRule;
  /** A short CSS-like path to the element, for the failure message. */
  where: string;
  /** The text concerned (cut short) and what was measured. */
  detail: string;
}

export interface ReadingThresholds {
  /** A run needs at least this many characters to be judged. */
  minRunChars: number;
  /** A run averaging fewer characters a line than this is too narrow. */
  minCharsPerLine: number;
  /** How much of a chart, in px (or all of it, if shorter), must show on the first screen. */
  chartVisible: number;
  /** Smallest box, in px, that counts as a chart rather than an icon or a bar. */
  chartMinSize: { width: number; height: number };
  /** A table wider than its frame by less than this share of the frame's width should fit it. */
  nearFitShare: number;
}

export const READING_THRESHOLDS: ReadingThresholds = {
  minRunChars: 4,
  minCharsPerLine: 2.6,
  chartVisible: 160,
  chartMinSize: { width: 200, height: 120 },
  nearFitShare: 0.15,
};

/** Runs in the page. Returns every problem found, at the page's current viewport, scrolled to the top. */
export function probeReadingLayout(thresholds: ReadingThresholds): ReadingProblem[] {
  const problems: ReadingProblem[] = [];
  const viewportWidth = document.documentElement.clientWidth;
  const viewportHeight = window.innerHeight;
  window.scrollTo(0, 0);

  const describe = (el: Element | null): string => {
    const parts: string[] = [];
    for (let node = el; node && node !== document.body && parts.length < 4; node = node.parentElement) {
      const id = node.id ? `#${node.id}` : '';
      const cls = typeof node.className === 'string' && node.className.trim() ? `.${node.className.trim().split(/\s+/u).slice(0, 2).join('.')}` : '';
      parts.unshift(`${node.tagName.toLowerCase()}${id}${cls}`);
      if (id) break;
    }
    return parts.join(' > ');
  };
  const cut = (text: string) => {
    const flat = text.replace(/\s+/gu, ' ').trim();
    return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
  };

  /** Lines a set of line-box fragments occupies: fragments whose middles fall inside one another's band share a line. */
  const countLines = (rects: DOMRect[]): number => {
    const sorted = rects.filter((r) => r.width > 0 && r.height > 0).sort((a, b) => a.top - b.top);
    let lines = 0;
    let bottom = -Infinity;
    for (const r of sorted) {
      const middle = (r.top + r.bottom) / 2;
      if (middle > bottom) {
        lines += 1;
        bottom = r.bottom;
      }
    }
    return lines;
  };

  // Text nobody sees: not rendered, or clipped to nothing (the visually-hidden pattern).
  const hiddenCache = new Map<Element, boolean>();
  const isUnseen = (el: Element): boolean => {
    const known = hiddenCache.get(el);
    if (known !== undefined) return known;
    let unseen = false;
    if (!el.checkVisibility({ checkVisibilityCSS: true })) unseen = true;
    else {
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      if (style.clipPath.startsWith('inset(50%')) unseen = true;
      else if (style.overflow !== 'visible' && (box.width <= 2 || box.height <= 2)) unseen = true;
      else if (el.parentElement) unseen = isUnseen(el.parentElement);
    }
    hiddenCache.set(el, unseen);
    return unseen;
  };

  /** The block whose inline text a text node belongs to: its nearest ancestor that is not inline. */
  const blockOf = (el: Element): Element => {
    for (let node: Element | null = el; node; node = node.parentElement) {
      const display = getComputedStyle(node).display;
      if (display !== 'inline' && display !== 'contents') return node;
    }
    return document.body;
  };

  // Every visible text node of the body outside SVG (SVG text is placed, never wrapped).
  const runs = new Map<Element, { chars: number; rects: DOMRect[]; text: string }>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim()) return NodeFilter.FILTER_REJECT;
      if (parent.closest('script, style, template, noscript, svg, textarea, select, option, datalist')) return NodeFilter.FILTER_REJECT;
      return isUnseen(parent) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
    },
  });
  const range = document.createRange();
  const TOKEN = /[A-Za-z0-9]+(?:(?:[._:]|(?<=[0-9])[-/](?=[0-9]))[A-Za-z0-9]+)*/gu;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()];
    if (rects.length === 0) continue;
    const block = blockOf(node.parentElement!);
    const run = runs.get(block) ?? { chars: 0, rects: [], text: '' };
    run.chars += [...text].filter((c) => /\S/u.test(c)).length;
    run.rects.push(...rects);
    run.text += text;
    runs.set(block, run);
    for (const match of text.matchAll(TOKEN)) {
      if (match[0].length < 2) continue;
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const lines = countLines([...range.getClientRects()]);
      if (lines > 1) problems.push({ rule: 'split-token', where: describe(node.parentElement), detail: `"${match[0]}" over ${lines} lines` });
    }
  }
  for (const [block, run] of runs) {
    if (run.chars < thresholds.minRunChars) continue;
    const lines = countLines(run.rects);
    if (lines > 1 && run.chars / lines < thresholds.minCharsPerLine) {
      problems.push({ rule: 'narrow-run', where: describe(block), detail: `"${cut(run.text)}": ${run.chars} characters over ${lines} lines` });
    }
  }

  const root = document.scrollingElement ?? document.documentElement;
  if (root.scrollWidth > viewportWidth + 1) {
    // Name the widest thing that sticks out, so the message says where to look.
    let widest: Element | null = null;
    let right = viewportWidth;
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.right > right + 1 && !isUnseen(el)) {
        right = r.right;
        widest = el;
      }
    }
    problems.push({ rule: 'page-overflow', where: describe(widest), detail: `the page is ${root.scrollWidth}px wide on a ${viewportWidth}px screen` });
  }

  const flat = (text: string | null) => (text ?? '').replace(/\s+/gu, '');
  const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  for (const caption of document.querySelectorAll('caption')) {
    const before = headings.filter((h) => h.compareDocumentPosition(caption) & Node.DOCUMENT_POSITION_FOLLOWING).at(-1);
    if (before && flat(before.textContent) === flat(caption.textContent)) {
      problems.push({ rule: 'caption-repeats', where: describe(caption), detail: `"${cut(caption.textContent ?? '')}" repeats the heading before it` });
    }
    if (isUnseen(caption)) continue;
    range.selectNodeContents(caption);
    const right = Math.max(...[...range.getClientRects()].map((r) => r.right));
    if (right > viewportWidth + 1) problems.push({ rule: 'caption-cut', where: describe(caption), detail: `"${cut(caption.textContent ?? '')}" runs to ${Math.round(right)}px` });
  }

  /** The nearest ancestor that scrolls sideways, if any. */
  const sidewaysFrame = (el: Element): Element | null => {
    for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
      const overflow = getComputedStyle(node).overflowX;
      if ((overflow === 'auto' || overflow === 'scroll') && node.scrollWidth > node.clientWidth + 1) return node;
    }
    return null;
  };

  for (const table of document.querySelectorAll('table')) {
    if (isUnseen(table)) continue;
    const frame = sidewaysFrame(table);
    const firstCell = table.querySelector('tbody tr > :first-child');
    if (!frame || !firstCell) continue;
    const over = frame.scrollWidth - frame.clientWidth;
    if (over < frame.clientWidth * thresholds.nearFitShare) {
      problems.push({ rule: 'near-fit', where: describe(table), detail: `the table is ${over}px wider than its ${frame.clientWidth}px frame, so its last column is cut for a sliver of scrolling` });
    }
    const before = frame.scrollLeft;
    frame.scrollLeft = frame.scrollWidth;
    const cell = firstCell.getBoundingClientRect();
    const box = frame.getBoundingClientRect();
    frame.scrollLeft = before;
    if (cell.left < box.left - 1 || cell.right > box.right + 1) {
      problems.push({ rule: 'sticky-column', where: describe(table), detail: `"${cut(firstCell.textContent ?? '')}" scrolls out of its frame` });
    }
  }

  const header = document.querySelector('body > header, header');
  if (header) {
    for (const link of header.querySelectorAll('a[href]')) {
      if (isUnseen(link)) continue;
      const r = link.getBoundingClientRect();
      const inView = r.left >= -1 && r.right <= viewportWidth + 1 && r.top >= -1 && r.bottom <= viewportHeight + 1;
      const current = link.hasAttribute('aria-current') && link.getAttribute('aria-current') !== 'false';
      if (current) {
        const hit = inView ? document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) : null;
        if (!hit || !(link === hit || link.contains(hit))) {
          problems.push({ rule: 'current-link', where: describe(link), detail: `"${cut(link.textContent ?? '')}" at ${Math.round(r.left)}–${Math.round(r.right)}px is not in view` });
        }
      } else if (!inView && !sidewaysFrame(link)) {
        problems.push({ rule: 'nav-hidden', where: describe(link), detail: `"${cut(link.textContent ?? '')}" at ${Math.round(r.left)}–${Math.round(r.right)}px` });
      }
    }
  }

  const main = document.querySelector('main') ?? document.body;
  const firstSection = [...main.querySelectorAll('h2')].find((h) => !isUnseen(h));
  const isChart = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width >= thresholds.chartMinSize.width && r.height >= thresholds.chartMinSize.height;
  };
  const charts = [...main.querySelectorAll('svg, canvas, figure, [role="img"]')].filter(
    (el) => !el.parentElement?.closest('svg, canvas, figure, [role="img"]') && !isUnseen(el) && isChart(el),
  );
  for (const chart of charts) {
    const frame = sidewaysFrame(chart);
    if (frame) {
      problems.push({ rule: 'chart-scrolls', where: describe(chart), detail: `${Math.round(chart.getBoundingClientRect().width)}px wide in a ${frame.clientWidth}px frame that scrolls sideways` });
    }
  }
  for (const chart of charts) {
    const opening = !firstSection || Boolean(chart.compareDocumentPosition(firstSection) & Node.DOCUMENT_POSITION_FOLLOWING);
    if (!opening) continue;
    const r = chart.getBoundingClientRect();
    const needed = Math.min(thresholds.chartVisible, r.height);
    if (r.top + needed > viewportHeight) {
      problems.push({ rule: 'chart-late', where: describe(chart), detail: `starts at ${Math.round(r.top)}px on a ${viewportHeight}px screen` });
    }
  }
  return problems;
}
