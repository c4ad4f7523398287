declare namespace App {
  interface Locals {
    /** The page's edition (locale, UI strings, conversion, paths), set from the route by src/middleware.ts. */
    edition: import('./lib/i18n/edition.ts').Edition;
  }
}
