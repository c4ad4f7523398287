import { defineMiddleware } from 'astro:middleware';
import { localeOfPath } from './lib/i18n/locales.ts';
import { sitePathOf, splitPlanPath } from './lib/paths.ts';
import { editionFor } from './lib/site/edition.ts';
import { getSiteModel } from './lib/site/model.ts';

// Every page learns its edition and its plan once, here, from its address; components read
// Astro.locals. (From the address, not the route's parameters: with two rest parameters,
// [...lang]/[...plan]/, Astro splits the path between them as it likes.) The page's plan is the
// one plan of a one-plan site, the plan whose segment starts the path with several, none on a
// site-wide page; it, the model, the data decisions (for search keywords) and the plan's progress
// (null without a progress file or on a site-wide page: then nothing shows a status) ride along
// as Astro.locals.site, so no component reads the collections. So do the page's role words: its
// plan's, or on a site-wide page those every plan shares (neutral ones where they differ).
export const onRequest = defineMiddleware(async (context, next) => {
  const model = await getSiteModel();
  const base = import.meta.env.BASE_URL;
  const root = base.replace(/\/$/u, '');
  const inSite = root && context.url.pathname.startsWith(root) ? context.url.pathname.slice(root.length) || '/' : context.url.pathname;
  const { segment } = splitPlanPath(sitePathOf(context.url.pathname, base), model.several ? model.plans.map((p) => p.slug) : []);
  const plan = model.several ? (segment === undefined ? undefined : model.plan(segment)) : model.plans[0];
  context.locals.edition = editionFor(localeOfPath(inSite), model);
  context.locals.site = { model, plan, meta: (plan ?? model.primary).meta, decisions: model.decisions, progress: plan?.progress ?? null, roles: plan?.roles ?? model.roles };
  return next();
});
