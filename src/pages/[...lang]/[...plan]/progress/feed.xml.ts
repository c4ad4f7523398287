import type { APIRoute, GetStaticPaths } from 'astro';
import { inEveryLocale } from '../../../../lib/i18n/locales.ts';
import { progressFeedXml } from '../../../../lib/progress/progressFeed.ts';
import type { SitePlan } from '../../../../lib/model/siteModel.ts';
import { inEveryPlan } from '../../../../lib/routes/planPaths.ts';
import { getSiteModel } from '../../../../lib/site/model.ts';
import { nameUuid } from '../../../../lib/site/nameUuid.ts';

/** The Atom feed of each plan's reports, in each edition; none for a plan without a progress file. */
export const getStaticPaths = (async () => inEveryLocale(inEveryPlan(await getSiteModel(), (plan) => (plan.progress ? [{ params: {}, props: {} }] : [])))) satisfies GetStaticPaths;

export const GET: APIRoute<{ plan: SitePlan }> = async ({ locals, site, props }) => {
  const { plan } = props;
  const { ui, tx, paths, htmlLang } = locals.edition;
  // Absolute URLs with the site's public address (src/lib/siteAddress.ts, Astro's `site`); without one, paths under the base.
  const absolute = (path: string) => (site ? new URL(path, site).href : path);
  const xml = progressFeedXml({
    progress: plan.progress!,
    plan: plan.meta,
    ui,
    tx,
    lang: htmlLang,
    urls: { self: absolute(paths.progressFeed(plan)), page: absolute(paths.progress(plan)), measure: (id) => absolute(paths.measure(plan, id)) },
    ids: site ? { host: site.hostname } : { uuid: nameUuid },
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
