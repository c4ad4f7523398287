import { defineMiddleware } from 'astro:middleware';
import { editionFor, localeOfParam } from './lib/site/edition.ts';
import { getSiteModel } from './lib/site/model.ts';

// Every page learns its edition from its route once, here; components read Astro.locals.edition.
// The plan's title and year (for the page shell) and the data decisions (for search keywords)
// and the plan's progress (null without a progress file: the header and footer show none) ride
// along as Astro.locals.site, so no component reads the collections.
export const onRequest = defineMiddleware(async (context, next) => {
  const model = await getSiteModel();
  context.locals.edition = editionFor(localeOfParam(context.params['lang']), model);
  context.locals.site = { meta: model.meta, decisions: model.decisions, progress: model.progress };
  return next();
});
