/**
 * <deadline-timeline>: enhances the server-rendered timeline in place. It never builds
 * layout of its own: it reads the marks, the filter controls and a <template> of tooltips
 * from the page (all in the page's script, so the Traditional edition stays Traditional),
 * then only toggles `hidden`, rewrites counts and positions one absolutely placed tooltip.
 *
 * State (lane mode and filters) lives in the query string, e.g.
 * /timeline/?lanes=lead&dept=heng-qin-gong-shang-ju&role=lead, so a filtered view can be
 * shared; the no-JavaScript anchors (#lanes-group) are understood too.
 */

const MODES = ['task', 'group', 'lead'] as const;
type Mode = (typeof MODES)[number];
const ROLES = ['', 'lead', 'support'] as const;
type Role = (typeof ROLES)[number];

interface State {
  lanes: Mode;
  task: string;
  group: string;
  /** A department slug, or '' for none. */
  dept: string;
  role: Role;
}

interface MeasureInfo {
  id: string;
  bin: string;
  task: string;
  group: string;
  lead: Set<string>;
  support: Set<string>;
  tip: Element;
}

const isMode = (value: string | null): value is Mode => MODES.includes(value as Mode);
const isRole = (value: string | null): value is Role => ROLES.includes(value as Role);
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/gu, (whole, key: string) => (key in values ? String(values[key]) : whole));

export class DeadlineTimeline extends HTMLElement {
  private measures: MeasureInfo[] = [];
  private state: State = { lanes: 'task', task: '', group: '', dept: '', role: '' };
  /** Department names and aliases, as this edition writes them, to slugs. */
  private slugOfName = new Map<string, string>();
  private nameOfSlug = new Map<string, string>();
  private unknownName = '';
  private tip!: HTMLElement;
  private form!: HTMLFormElement;

  connectedCallback(): void {
    const template = this.querySelector('template');
    const form = this.querySelector('form');
    const tip = this.querySelector<HTMLElement>('.tip');
    if (!template || !form || !tip) return;
    this.form = form;
    this.tip = tip;
    this.measures = [...template.content.querySelectorAll<HTMLElement>('[data-id]')].map((el) => ({
      id: el.dataset.id ?? '',
      bin: el.dataset.bin ?? '',
      task: el.dataset.task ?? '',
      group: el.dataset.group ?? '',
      lead: new Set((el.dataset.lead ?? '').split(' ').filter(Boolean)),
      support: new Set((el.dataset.support ?? '').split(' ').filter(Boolean)),
      tip: el,
    }));
    for (const option of this.querySelectorAll<HTMLOptionElement>('datalist option')) {
      const slug = option.dataset.slug ?? '';
      this.nameOfSlug.set(slug, option.value);
      for (const name of [option.value, ...(option.dataset.aliases ?? '').split('|')]) if (name) this.slugOfName.set(name, slug);
    }

    this.state = this.readUrl();
    this.writeControls();
    form.querySelector('fieldset')!.disabled = false;
    for (const mark of this.querySelectorAll<HTMLElement>('.mark')) mark.tabIndex = -1;

    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('input', (event) => this.onInput(event.target as HTMLInputElement | HTMLSelectElement, false));
    form.addEventListener('change', (event) => this.onInput(event.target as HTMLInputElement | HTMLSelectElement, true));
    // The reset button clears the controls itself; read them once it has.
    form.addEventListener('reset', () =>
      setTimeout(() => {
        this.unknownName = '';
        this.update({ task: '', group: '', dept: '', role: '' });
      }),
    );
    for (const link of this.querySelectorAll<HTMLAnchorElement>('.lane-switch a[data-mode]')) {
      link.addEventListener('click', (event) => {
        event.preventDefault();
        if (isMode(link.dataset.mode ?? null)) this.update({ lanes: link.dataset.mode as Mode });
      });
    }
    this.addEventListener('mouseover', (event) => this.onPointer(event, true));
    this.addEventListener('mouseout', (event) => this.onPointer(event, false));
    this.addEventListener('focusin', (event) => {
      const mark = (event.target as Element).closest<HTMLElement>('.mark');
      if (mark) this.showTip(mark);
    });
    this.addEventListener('focusout', (event) => {
      if ((event.target as Element).closest('.mark')) this.hideTip();
    });
    this.addEventListener('keydown', (event) => this.onKey(event));

    this.dataset.ready = '';
    this.render();
  }

  /** The state the address asks for; anything unknown falls back to "no filter". */
  private readUrl(): State {
    const params = new URLSearchParams(location.search);
    const hashMode = /^#lanes-(\w+)$/u.exec(location.hash)?.[1] ?? null;
    const lanes = params.get('lanes') ?? hashMode;
    const option = (name: string) => {
      const value = params.get(name) ?? '';
      const select = this.form.elements.namedItem(name);
      return select instanceof HTMLSelectElement && [...select.options].some((o) => o.value === value) ? value : '';
    };
    const dept = params.get('dept') ?? '';
    const role = params.get('role');
    return {
      lanes: isMode(lanes) ? lanes : 'task',
      task: option('task'),
      group: option('group'),
      dept: this.nameOfSlug.has(dept) ? dept : '',
      role: isRole(role) ? role : '',
    };
  }

  private writeUrl(): void {
    const params = new URLSearchParams();
    if (this.state.lanes !== 'task') params.set('lanes', this.state.lanes);
    for (const key of ['task', 'group', 'dept', 'role'] as const) if (this.state[key]) params.set(key, this.state[key]);
    const query = params.toString();
    const hash = location.hash.startsWith('#lanes-') ? '' : location.hash;
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${hash}`);
  }

  private writeControls(): void {
    const set = (name: string, value: string) => {
      const control = this.form.elements.namedItem(name);
      if (control instanceof HTMLSelectElement || control instanceof HTMLInputElement) control.value = value;
    };
    set('task', this.state.task);
    set('group', this.state.group);
    set('role', this.state.role);
    set('dept', this.nameOfSlug.get(this.state.dept) ?? '');
  }

  private onInput(control: HTMLInputElement | HTMLSelectElement, committed: boolean): void {
    if (control.name === 'dept') {
      const typed = control.value.trim();
      const slug = this.slugOfName.get(typed);
      // While typing, only a full name changes the filter; on leaving the field, say so if none matched.
      if (slug !== undefined || typed === '') {
        this.unknownName = '';
        this.update({ dept: slug ?? '' });
      } else if (committed) {
        this.unknownName = typed;
        this.update({ dept: '' });
      }
      return;
    }
    if (control.name === 'task' || control.name === 'group') this.update({ [control.name]: control.value });
    if (control.name === 'role' && isRole(control.value)) this.update({ role: control.value });
  }

  private update(change: Partial<State>): void {
    this.state = { ...this.state, ...change };
    this.writeUrl();
    this.render();
  }

  private selects(measure: MeasureInfo): boolean {
    const { task, group, dept, role } = this.state;
    if (task && measure.task !== task) return false;
    if (group && measure.group !== group) return false;
    if (!dept) return true;
    const leads = measure.lead.has(dept);
    const supports = measure.support.has(dept);
    return role === 'lead' ? leads : role === 'support' ? supports : leads || supports;
  }

  private get filtering(): boolean {
    return Boolean(this.state.task || this.state.group || this.state.dept);
  }

  /** Shows the state: which view, which marks, lanes and counts. Only `hidden`, text and attributes change. */
  private render(): void {
    const shown = new Set(this.measures.filter((m) => this.selects(m)).map((m) => m.id));
    const t = this.dataset;

    for (const view of this.querySelectorAll<HTMLElement>('.view')) view.hidden = view.dataset.mode !== this.state.lanes;
    for (const link of this.querySelectorAll<HTMLAnchorElement>('.lane-switch a[data-mode]')) {
      if (link.dataset.mode === this.state.lanes) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }

    const info = new Map(this.measures.map((m) => [m.id, m]));
    for (const item of this.querySelectorAll<HTMLElement>('li[data-id]')) {
      const id = item.dataset.id ?? '';
      item.hidden = !shown.has(id);
      // With a department chosen, its role in each measure shows as the mark's fill.
      const measure = info.get(id);
      const role = this.state.dept && measure ? (measure.lead.has(this.state.dept) ? 'lead' : measure.support.has(this.state.dept) ? 'support' : '') : '';
      const mark = item.firstElementChild as HTMLElement | null;
      if (mark && role) mark.dataset.deptRole = role;
      else if (mark) delete mark.dataset.deptRole;
    }
    for (const cell of this.querySelectorAll<HTMLElement>('.cell')) {
      const count = cell.querySelector<HTMLElement>('.cell-count');
      if (!count) continue;
      const n = cell.querySelectorAll('li[data-id]:not([hidden])').length;
      count.hidden = n === 0;
      count.textContent = fill(t.tCount ?? '{n}', { n });
    }
    for (const lane of this.querySelectorAll<HTMLElement>('.lane')) {
      lane.hidden = this.filtering && !lane.querySelector('li[data-id]:not([hidden])');
    }
    for (const row of this.querySelectorAll<HTMLElement>('.side-row')) {
      const grid = row.parentElement;
      row.hidden = Boolean(grid && !grid.querySelector(`.lane[data-side="${row.dataset.side}"]:not([hidden])`));
    }

    const perBin = new Map<string, number>();
    for (const m of this.measures) if (shown.has(m.id)) perBin.set(m.bin, (perBin.get(m.bin) ?? 0) + 1);
    const max = Number(t.max) || 1;
    for (const head of this.querySelectorAll<HTMLElement>('.col-head')) {
      const count = head.querySelector<HTMLElement>('.count');
      const total = Number(count?.dataset.total ?? 0);
      const n = perBin.get(head.dataset.bin ?? '') ?? 0;
      if (count) count.textContent = this.filtering ? fill(t.tCountOf ?? '', { shown: n, total }) : fill(t.tCount ?? '', { n: total });
      const svg = head.querySelector('svg');
      const rect = head.querySelector('.bar-shown');
      if (svg && rect) {
        const full = Number(svg.getAttribute('height'));
        const height = Math.round((n / max) * full * 10) / 10;
        rect.setAttribute('height', String(height));
        rect.setAttribute('y', String(full - height));
      }
    }

    const status = this.querySelector('.status');
    if (status) {
      const line = fill(t.tShown ?? '', { shown: shown.size, total: t.total ?? '' });
      const unknown = this.unknownName ? fill(t.tUnknown ?? '', { name: this.unknownName }) : '';
      const legend = this.state.dept ? fill(t.tDeptLegend ?? '', { name: this.nameOfSlug.get(this.state.dept) ?? '' }) : '';
      status.textContent = `${unknown}${line}${legend}`;
    }
    this.resetRoving();
  }

  /** The visible marks of the visible view, lane by lane. */
  private markRows(): HTMLElement[][] {
    const view = this.querySelector<HTMLElement>(`.view[data-mode="${this.state.lanes}"]`);
    if (!view) return [];
    return [...view.querySelectorAll<HTMLElement>('.lane:not([hidden])')]
      .map((lane) => [...lane.querySelectorAll<HTMLElement>('li:not([hidden]) > .mark')])
      .filter((row) => row.length > 0);
  }

  /** One mark of the visible view is in the tab order; arrow keys move from there. */
  private resetRoving(): void {
    const current = this.querySelector<HTMLElement>('.mark[tabindex="0"]');
    const rows = this.markRows();
    if (current && rows.some((row) => row.includes(current))) return;
    if (current) current.tabIndex = -1;
    const first = rows[0]?.[0];
    if (first) first.tabIndex = 0;
  }

  private onKey(event: KeyboardEvent): void {
    const mark = (event.target as Element).closest<HTMLElement>('.mark');
    if (!mark) return;
    if (event.key === 'Escape') {
      this.hideTip();
      return;
    }
    const rows = this.markRows();
    const r = rows.findIndex((row) => row.includes(mark));
    if (r < 0) return;
    const row = rows[r]!;
    const c = row.indexOf(mark);
    const nearestIn = (other: HTMLElement[] | undefined) => {
      if (!other) return undefined;
      const x = mark.getBoundingClientRect().left;
      return other.reduce((best, m) => (Math.abs(m.getBoundingClientRect().left - x) < Math.abs(best.getBoundingClientRect().left - x) ? m : best));
    };
    const target =
      event.key === 'ArrowRight' ? row[c + 1]
      : event.key === 'ArrowLeft' ? row[c - 1]
      : event.key === 'ArrowDown' ? nearestIn(rows[r + 1])
      : event.key === 'ArrowUp' ? nearestIn(rows[r - 1])
      : event.key === 'Home' ? (event.ctrlKey ? rows[0]?.[0] : row[0])
      : event.key === 'End' ? (event.ctrlKey ? rows.at(-1)?.at(-1) : row.at(-1))
      : undefined;
    if (!['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
    event.preventDefault();
    if (!target) return;
    mark.tabIndex = -1;
    target.tabIndex = 0;
    target.focus();
  }

  private onPointer(event: MouseEvent, entering: boolean): void {
    const mark = (event.target as Element).closest<HTMLElement>('.mark');
    if (!mark) return;
    if (entering) this.showTip(mark);
    else if (document.activeElement !== mark) this.hideTip();
  }

  private showTip(mark: HTMLElement): void {
    const source = this.measures.find((m) => m.id === mark.dataset.id)?.tip;
    if (!source) return;
    for (const other of this.querySelectorAll('.mark[aria-describedby]')) other.removeAttribute('aria-describedby');
    this.tip.replaceChildren(...[...source.children].map((child) => child.cloneNode(true)));
    this.tip.hidden = false;
    mark.setAttribute('aria-describedby', this.tip.id);

    // Below the mark if it fits in the window, else above; never past the element's edges.
    const host = this.getBoundingClientRect();
    const box = mark.getBoundingClientRect();
    const gap = 6;
    const left = Math.max(0, Math.min(box.left - host.left, host.width - this.tip.offsetWidth));
    const below = box.bottom + gap + this.tip.offsetHeight <= window.innerHeight || box.top - gap - this.tip.offsetHeight < 0;
    const top = below ? box.bottom - host.top + gap : box.top - host.top - gap - this.tip.offsetHeight;
    this.tip.style.left = `${left}px`;
    this.tip.style.top = `${top}px`;
  }

  private hideTip(): void {
    this.tip.hidden = true;
    for (const mark of this.querySelectorAll('.mark[aria-describedby]')) mark.removeAttribute('aria-describedby');
  }
}

if (!customElements.get('deadline-timeline')) customElements.define('deadline-timeline', DeadlineTimeline);
