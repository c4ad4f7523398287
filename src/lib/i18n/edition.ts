/**
 * One edition of the site: its locale, the UI dictionary in its script, the conversion for
 * the plan's own text, and its URL builders. Built once per locale and base; pure, so a test
 * builds the Traditional edition as the site does.
 *
 * The UI dictionary holds templates ('第{id}项措施'); the Traditional edition converts each
 * template with the interface words (traditionalUiWords.ts) and the data decisions'
 * overrides; the plan's text goes through `tx` alone, with the overrides but never the
 * interface words. A template is filled after both are converted (template.ts), so the
 * plan's wording is never rewritten as an interface word.
 */
import { displayText, type PunctuationRules } from './displayText.ts';
import type { TraditionalOverride } from './toTraditional.ts';
import { toTraditional } from './toTraditional.ts';
import { TRADITIONAL_UI_WORDS } from './traditionalUiWords.ts';
import { LOCALE_INFO, type Locale } from './locales.ts';
import { UI, type Ui } from './ui.ts';
import { createPaths, type Paths } from '../paths.ts';
import { memoize } from '../util/memoize.ts';

export interface Edition {
  locale: Locale;
  /** Value for <html lang>. */
  htmlLang: string;
  /**
   * The plan's own text as reading pages show it: with the decisions file's display
   * punctuation (displayText.ts), and converted in Traditional.
   */
  tx: (text: string) => string;
  /** The plan's text exactly as the seed has it (only converted in Traditional): the source page's. */
  exact: (text: string) => string;
  /** The UI dictionary (templates) in this edition's script. */
  ui: Ui;
  /** Every internal URL, in this edition and under the base. */
  paths: Paths;
}

/** Applies `convert` to every string of a dictionary. */
export function convertStrings<T>(value: T, convert: (text: string) => string): T {
  if (typeof value === 'string') return convert(value) as T;
  if (typeof value === 'function') throw new Error('UI dictionaries hold templates, not functions: write "{slot}" and fill() it');
  if (Array.isArray(value)) return value.map((inner) => convertStrings(inner, convert)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, convertStrings(inner, convert)])) as T;
  }
  return value;
}

export interface EditionOptions {
  locale: Locale;
  /** Astro's base path. */
  base: string;
  /** The alias table's Traditional overrides (seeds/aliases.yaml): data decisions, for data and UI alike. */
  overrides: readonly TraditionalOverride[];
  /** The decisions file's display punctuation for the plan's text; none when absent. */
  punctuation?: PunctuationRules | null;
  /** The dictionary to convert; the site's own by default (tests pass their own). */
  ui?: Ui;
}

const cache = new Map<string, Edition>();

export function createEdition({ locale, base, overrides, punctuation = null, ui = UI }: EditionOptions): Edition {
  const key = `${locale}|${base}|${JSON.stringify(overrides)}|${JSON.stringify(punctuation)}|${ui === UI ? '' : JSON.stringify(ui)}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const traditional = locale === 'zh-Hant';
  const uiWords = [...overrides, ...TRADITIONAL_UI_WORDS];
  const exact = traditional ? memoize((text: string) => toTraditional(text, overrides)) : (text: string) => text;
  const edition: Edition = {
    locale,
    htmlLang: LOCALE_INFO[locale].htmlLang,
    tx: memoize((text) => exact(displayText(text, punctuation))),
    exact,
    ui: traditional ? convertStrings(ui, (text) => toTraditional(text, uiWords)) : ui,
    paths: createPaths({ base, locale }),
  };
  cache.set(key, edition);
  return edition;
}
