import { sortOrder, type SortValue } from '../lib/table/sortOrder.ts';

/**
 * Makes the server-rendered table inside sortable by the columns whose header carries
 * `data-sort` ("number" or "text"). The header's own text becomes a button, so labels stay in
 * the edition the page was built in; the table reads the same without this script.
 */
class SortableTable extends HTMLElement {
  connectedCallback(): void {
    const table = this.querySelector('table');
    const headers = table?.tHead?.rows[0]?.cells;
    const body = table?.tBodies[0];
    if (!headers || !body) return;
    [...headers].forEach((th, column) => {
      if (!th.dataset['sort'] || th.querySelector('button')) return;
      const button = document.createElement('button');
      button.type = 'button';
      button.append(...th.childNodes);
      th.append(button);
      button.addEventListener('click', () => this.#sortBy(th, column, [...headers], body));
    });
  }

  #sortBy(th: HTMLTableCellElement, column: number, headers: HTMLTableCellElement[], body: HTMLTableSectionElement): void {
    const numeric = th.dataset['sort'] === 'number';
    const current = th.getAttribute('aria-sort');
    // Counts first answer "who does the most", names "where is it": each starts its natural way.
    const first = numeric ? 'descending' : 'ascending';
    const direction = current === first ? (first === 'descending' ? 'ascending' : 'descending') : first;
    for (const header of headers) header.removeAttribute('aria-sort');
    th.setAttribute('aria-sort', direction);
    const rows = [...body.rows];
    const values: SortValue[] = rows.map((row) => {
      const text = row.cells[column]?.textContent?.trim() ?? '';
      return numeric ? Number(text) : text;
    });
    body.append(...sortOrder(values, direction).map((i) => rows[i]!));
  }
}

if (!customElements.get('sortable-table')) customElements.define('sortable-table', SortableTable);
