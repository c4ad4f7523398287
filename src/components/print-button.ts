/**
 * <print-button>: enables its server-rendered, disabled button and prints the page on click.
 * Without JavaScript the button stays disabled and the browser's own Print still works.
 */
class PrintButton extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button) return;
    button.disabled = false;
    button.addEventListener('click', () => window.print());
  }
}

if (!customElements.get('print-button')) customElements.define('print-button', PrintButton);
