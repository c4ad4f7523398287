/**
 * The search keywords of one plan's names and texts, as a function of its data decisions
 * (seeds/aliases.yaml: readings, Traditional overrides, short and full forms), each worked out
 * once per build: both editions' pages carry the same keywords, and a name is on many pages.
 */
import type { Side } from '../plan/schema.ts';
import type { AliasTable } from '../seed/aliasTable.ts';
import { memoize } from '../util/memoize.ts';
import { keywordContext, type KeywordContext } from './keywordContext.ts';
import { nameForms } from './nameForms.ts';
import { nameKeywords } from './nameKeywords.ts';
import { nameSearchKeys } from './nameMatcher.ts';
import { segmentWords } from './segmentWords.ts';
import { textKeywords } from './textKeywords.ts';
import { traditionalVariants } from './traditionalVariants.ts';

/** A department as keywords need it. */
export interface NamedBody {
  name: string;
  side: Side;
  aliases: readonly string[];
}

export interface SearchKeywords {
  context: KeywordContext;
  /** Every name of a body in every short and full form (市工商局, 珠海市工商行政管理局, …). */
  forms: (body: NamedBody) => string[];
  /** Whole names as typed: both scripts, pinyin, initials (for the name field and the browser's matcher). */
  names: (body: NamedBody) => string[];
  /** The names cut into words the way the browser cuts the query, in both scripts. */
  nameWords: (body: NamedBody) => string[];
  /** The names from every character and syllable on, for partial names. */
  nameKeys: (body: NamedBody) => string[];
  /** A passage's words in reading order, both scripts, forms and pinyin. */
  text: (text: string) => string[];
}

const cache = new WeakMap<object, SearchKeywords>();

/** The keyword functions for a plan's decisions (the model's `decisions`), built once per table. */
export function searchKeywords(decisions: AliasTable): SearchKeywords {
  const cached = cache.get(decisions);
  if (cached) return cached;
  const context = keywordContext(decisions);
  const bodyKey = (body: NamedBody) => `${body.side}:${body.name}`;
  const forms = (body: NamedBody) => [...new Set([body.name, ...body.aliases].flatMap((name) => nameForms(name, body.side, decisions.forms)))];
  const byBody = (build: (body: NamedBody) => string[]) => {
    const memo = new Map<string, string[]>();
    return (body: NamedBody) => {
      const key = bodyKey(body);
      let found = memo.get(key);
      if (!found) memo.set(key, (found = build(body)));
      return found;
    };
  };
  const keywords: SearchKeywords = {
    context,
    forms: byBody(forms),
    names: byBody((body) => nameSearchKeys(forms(body), context)),
    nameWords: byBody((body) => [...new Set(forms(body).flatMap((name) => [name, ...traditionalVariants(name, context.overrides)]).flatMap(segmentWords))]),
    nameKeys: byBody((body) => [...new Set(forms(body).flatMap((name) => nameKeywords(name, context)))]),
    text: memoize((text: string) => textKeywords(text, context)),
  };
  cache.set(decisions, keywords);
  return keywords;
}
