import type { SiteMeasure, SitePlan } from '../model/siteModel.ts';

/** One page per measure (/measures/<id>/); the measure knows its neighbours and its leads' other measures. */
export function measurePaths(model: Pick<SitePlan, 'measures'>): { params: { id: string }; props: { measure: SiteMeasure } }[] {
  return model.measures.map((measure) => ({ params: { id: String(measure.id) }, props: { measure } }));
}
