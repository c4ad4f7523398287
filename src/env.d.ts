declare namespace App {
  interface Locals {
    /** The page's edition (locale, UI strings, conversion, paths), set from the route by src/middleware.ts. */
    edition: import('./lib/i18n/edition.ts').Edition;
    /** What every page may need of the plan beyond its own props, set by src/middleware.ts. */
    site: {
      /** Title, year and note of the plan (the page shell's footer). */
      meta: import('./lib/plan/schema.ts').PlanMeta;
      /** The data decisions (seeds/aliases.yaml through the content loader): search keywords read them. */
      decisions: import('./lib/seed/aliasTable.ts').AliasTable;
      /** The plan's progress (progress.yaml beside its seed); null without one, and then no page shows a trace of it. */
      progress: import('./lib/progress/measureProgress.ts').PlanProgress | null;
    };
  }
}
