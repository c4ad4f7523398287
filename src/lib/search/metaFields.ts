/**
 * The Pagefind metadata fields the search adds to pages, and how much a match in each counts
 * when Pagefind ranks (its `metaWeights`; the page title counts 5 by default).
 *
 * Metadata, unlike page text, is cut into words only at spaces, so these fields hold exactly
 * the keywords we generate, cut where the browser will cut the query.
 */
export const META_FIELDS = {
  /** A department's whole names in every form a reader types (Simplified, Traditional, pinyin, initials). */
  name: { key: 'name', weight: 10 },
  /** A department's names from every character and syllable on: partial names find it. */
  nameKeys: { key: 'namekeys', weight: 5 },
  /** A measure's words in both scripts and their pinyin. */
  terms: { key: 'terms', weight: 1 },
  /** Shown with a measure result: its lead bodies, in the edition's script. Not for ranking. */
  leads: { key: 'leads', weight: 0 },
  /** Shown with a measure result: its deadline as printed. Not for ranking. */
  deadline: { key: 'deadline', weight: 0 },
} as const;
