import type { APIRoute, GetStaticPaths } from 'astro';
import { inEveryLocale } from '../../../lib/i18n/locales.ts';
import { progressFeedXml } from '../../../lib/progress/progressFeed.ts';
import { getSiteModel } from '../../../lib/site/model.ts';
import { nameUuid } from '../../../lib/site/nameUuid.ts';

/** The Atom feed of the plan's reports, in each edition; none where the plan has no progress file. */
export const getStaticPaths = (async () => inEveryLocale((await getSiteModel()).progress ? [{ params: {}, props: {} }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ locals, site }) => {
  const model = await getSiteModel();
  const { ui, tx, paths, htmlLang } = locals.edition;
  // Absolute URLs with the site's public address (src/lib/siteAddress.ts, Astro's `site`); without one, paths under the base.
  const absolute = (path: string) => (site ? new URL(path, site).href : path);
  const xml = progressFeedXml({
    progress: model.progress!,
    plan: model.meta,
    ui,
    tx,
    lang: htmlLang,
    urls: { self: absolute(paths.progressFeed()), page: absolute(paths.progress()), measure: (id) => absolute(paths.measure(id)) },
    ids: site ? { host: site.hostname } : { uuid: nameUuid },
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
