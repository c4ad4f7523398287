import { defineMiddleware } from 'astro:middleware';
import { editionFor, localeOfParam } from './lib/site/edition.ts';
import { getSiteModel, planOfParam } from './lib/site/model.ts';

// Every page learns its edition from its route once, here; components read Astro.locals.edition.
// The page's plan (from its `plan` parameter: the one plan of a one-plan site, none on a
// site-wide page of several), the model and the data decisions (for search keywords) ride
// along as Astro.locals.site, so no component reads the collections.
export const onRequest = defineMiddleware(async (context, next) => {
  const model = await getSiteModel();
  const plan = planOfParam(model, context.params['plan']);
  context.locals.edition = editionFor(localeOfParam(context.params['lang']), model);
  context.locals.site = { model, plan, meta: (plan ?? model.primary).meta, decisions: model.decisions };
  return next();
});
