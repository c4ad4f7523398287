declare namespace App {
  interface Locals {
    /** The page's edition (locale, UI strings, conversion, paths), set from the route by src/middleware.ts. */
    edition: import('./lib/i18n/edition.ts').Edition;
    /** What every page may need of the plan beyond its own props, set by src/middleware.ts. */
    site: {
      /** The whole site: its plans and departments. */
      model: import('./lib/model/siteModel.ts').SiteModel;
      /** The page's plan: the one plan of a one-plan site; with several, the plan a plan page is about, undefined on a site-wide page. */
      plan: import('./lib/model/siteModel.ts').SitePlan | undefined;
      /** Title, year and note of the page's plan (with several plans, of the primary one on a site-wide page). */
      meta: import('./lib/plan/schema.ts').PlanMeta;
      /** The data decisions (seeds/aliases.yaml through the content loader): search keywords read them. */
      decisions: import('./lib/seed/aliasTable.ts').AliasTable;
      /** The page's plan's progress (progress.yaml beside its seed); null without one or on a site-wide page, and then the page shows no trace of it. */
      progress: import('./lib/progress/measureProgress.ts').PlanProgress | null;
      /**
       * The page's role words, as its plan's 说明 names them; on a site-wide page the words every
       * plan shares, or neutral ones (列第一位 / 列其后) where they differ (model.roles). Not yet in
       * the edition's script: pass them through txRoles.
       */
      roles: import('./lib/model/planRoles.ts').RoleWords;
    };
  }
}
