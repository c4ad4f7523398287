/**
 * The one way a client element receives what the server knows: a JSON object in its
 * `data-config` attribute, written at build time (UI templates already in the page's script,
 * the base and locale for paths, data it shows), read once when the element connects.
 */
export function elementConfig(config: unknown): string {
  return JSON.stringify(config);
}

/** The element's config, as elementConfig wrote it. */
export function readElementConfig<T>(element: HTMLElement): T {
  const text = element.dataset['config'];
  if (text === undefined) throw new Error(`<${element.localName}> has no data-config`);
  return JSON.parse(text) as T;
}
