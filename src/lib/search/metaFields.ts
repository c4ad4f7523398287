/**
 * The Pagefind metadata fields the search adds to pages, and how much a match in each counts
 * when Pagefind ranks (its `metaWeights`, added to the score of the page's own text). The
 * search page answers names itself (searchPlan.ts) and leaves those departments out of what it
 * asks Pagefind, so here a measure's own words (`terms`) weigh most: a phrase of a measure
 * brings up that measure before the department and task pages that list it, and a name's
 * pieces (namewords, namekeys) weigh little, so a phrase that shares a word with a department's
 * name does not bring that department up first. A whole name typed still scores highest.
 *
 * Metadata, unlike page text, is cut into words only at spaces, so these fields hold exactly
 * the keywords we generate, cut where the browser will cut the query.
 */
export const META_FIELDS = {
  /** What the result is called: 第N项 and the start of its text, or the department's name. */
  title: { key: 'title', weight: 2 },
  /** A department's whole names in every form a reader types (Simplified, Traditional, pinyin, initials, short and full forms). */
  name: { key: 'name', weight: 10 },
  /** The same names cut into words as the browser cuts a query: a whole name typed matches every word exactly. */
  nameWords: { key: 'namewords', weight: 3 },
  /** A department's names from every character and syllable on: partial names find it. */
  nameKeys: { key: 'namekeys', weight: 2 },
  /** A measure's own words in both scripts, their short and full forms, and their pinyin. */
  terms: { key: 'terms', weight: 8 },
  /** Shown with a result, not for ranking: a measure's own text, in the edition's script. */
  text: { key: 'text', weight: 0 },
  /** Shown with a result, not for ranking: who is first on each side and the deadline, or a department's side and counts by role. */
  facts: { key: 'facts', weight: 0 },
  /** Shown with a result, not for ranking: every body on a measure under its role, the excerpt when the query names one of them. */
  bodies: { key: 'bodies', weight: 0 },
  /** Shown with a result, not for ranking: a measure's deadline alone, the facts under a bodies excerpt (which already names the first on each side). */
  due: { key: 'due', weight: 0 },
} as const;

/** Pagefind's `ranking.metaWeights`, from the fields above. */
export const META_WEIGHTS: Record<string, number> = Object.fromEntries(Object.values(META_FIELDS).map((field) => [field.key, field.weight]));
