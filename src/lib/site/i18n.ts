/**
 * TRANSITION ONLY: the old per-component edition lookup, `i18nOf(Astro.url)`, kept while
 * components of other parts of the site still call it. New code reads
 * `Astro.locals.edition` (src/middleware.ts) instead. Delete this file once nothing imports it.
 *
 * It no longer reads the alias table itself: the middleware hands it the model's decisions
 * (useDecisions) before any page renders, so the Traditional overrides come from the same
 * SEEDS_DIR-aware content loader as everything else.
 */
import { createEdition } from '../i18n/edition.ts';
import { localeOfPath, pathInLocale, type Locale } from '../i18n/locales.ts';
import type { Ui } from '../i18n/ui.ts';
import type { AliasTable } from '../seed/aliasTable.ts';
import { underBase } from '../paths.ts';

export interface I18n {
  locale: Locale;
  /** Value for <html lang>. */
  htmlLang: string;
  /** Text in this edition's script: as is in Simplified, converted in Traditional. Use for data. */
  tx: (text: string) => string;
  /** The UI dictionary in this edition's script. */
  ui: Ui;
  /** A site path inside this edition, under the base: url('/measures/1/'). */
  url: (path: string) => string;
}

let decisions: AliasTable | undefined;

/** Called by the middleware with the model's decisions, before any page renders. */
export function useDecisions(table: AliasTable): void {
  decisions = table;
}

export function i18nFor(locale: Locale): I18n {
  if (!decisions) throw new Error('i18nFor: the data decisions are not loaded yet (src/middleware.ts calls useDecisions)');
  const base = import.meta.env.BASE_URL;
  const edition = createEdition({ locale, base, overrides: decisions.traditional });
  return { locale, htmlLang: edition.htmlLang, tx: edition.tx, ui: edition.ui, url: (path) => underBase(base, pathInLocale(path, locale)) };
}

/** The edition of the page being rendered, from its URL. */
export function i18nOf(pageUrl: URL): I18n {
  return i18nFor(localeOfPath(sitePath(pageUrl)));
}

/** The page's path within the site, without the base: "/hengqin/measures/1/" → "/measures/1/". */
export function sitePath(pageUrl: URL): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/u, '');
  return pageUrl.pathname.startsWith(base) ? pageUrl.pathname.slice(base.length) || '/' : pageUrl.pathname;
}
