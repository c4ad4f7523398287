/**
 * <copy-link>: a button that copies the page's citation URL. Server-rendered disabled beside
 * the URL as selectable text, so without JavaScript (or without a clipboard) the reader selects
 * and copies it by hand; the script enables the button. Strings come in data-config.
 */
import { readElementConfig } from '../../lib/util/elementConfig.ts';

export interface CopyLinkConfig {
  /** What to copy: the page's URL as the citation shows it. */
  url: string;
  /** Said in the status line after a copy. */
  copied: string;
  /** Said when the browser refuses (no clipboard, not a secure context). */
  failed: string;
}

class CopyLink extends HTMLElement {
  #config: CopyLinkConfig | undefined;
  #button: HTMLButtonElement | null = null;
  #status: HTMLElement | null = null;

  connectedCallback(): void {
    this.#config = readElementConfig<CopyLinkConfig>(this);
    this.#button = this.querySelector('button');
    this.#status = this.querySelector('[role="status"]');
    if (!this.#button) return;
    this.#button.disabled = false;
    this.#button.addEventListener('click', this.#copy);
  }

  disconnectedCallback(): void {
    this.#button?.removeEventListener('click', this.#copy);
  }

  #copy = async (): Promise<void> => {
    const config = this.#config;
    if (!config || !this.#status) return;
    try {
      await navigator.clipboard.writeText(config.url);
      this.#status.textContent = config.copied;
    } catch {
      this.#status.textContent = config.failed;
    }
  };
}

if (!customElements.get('copy-link')) customElements.define('copy-link', CopyLink);
