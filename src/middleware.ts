import { defineMiddleware } from 'astro:middleware';
import { editionFor, localeOfParam } from './lib/site/edition.ts';
import { getSiteModel } from './lib/site/model.ts';

// Every page learns its edition from its route once, here; components read Astro.locals.edition.
export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.edition = editionFor(localeOfParam(context.params['lang']), await getSiteModel());
  return next();
});
