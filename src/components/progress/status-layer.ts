/**
 * <status-layer>: the switch of a chart's progress layer. The switch is a checkbox that works
 * without JavaScript (the chart's CSS shows the layer while it is checked, through :has()); this
 * element only keeps it in the URL: `?progress=off` unchecks it on load, and flipping it writes
 * the parameter, every other one kept (statusLayer.ts's pure functions).
 */
import { layerOn, withLayer } from '../../lib/progress/statusLayer.ts';
import { readElementConfig } from '../../lib/util/elementConfig.ts';

export interface StatusLayerConfig {
  /** Whether the layer shows when the URL says nothing: always true today, given so a page could start with it off. */
  on: boolean;
}

export class StatusLayerElement extends HTMLElement {
  #config!: StatusLayerConfig;
  #toggle!: HTMLInputElement;

  connectedCallback(): void {
    const toggle = this.querySelector<HTMLInputElement>('input[type="checkbox"]');
    if (!toggle) return;
    this.#config = readElementConfig<StatusLayerConfig>(this);
    this.#toggle = toggle;
    this.#toggle.checked = this.#config.on && layerOn(location.search);
    this.#toggle.addEventListener('change', () => this.#write());
    addEventListener('popstate', () => (this.#toggle.checked = layerOn(location.search)));
    this.dataset['ready'] = '';
  }

  #write(): void {
    history.replaceState(history.state, '', `${location.pathname}${withLayer(location.search, this.#toggle.checked)}${location.hash}`);
  }
}

if (!customElements.get('status-layer')) customElements.define('status-layer', StatusLayerElement);
