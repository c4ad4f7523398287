import { measuresWithSameLead, type SameLead } from '../plan/measuresWithSameLead.ts';
import type { Measure } from '../plan/schema.ts';
import type { SitePlan } from '../site/getPlan.ts';

export interface MeasurePageProps {
  measure: Measure;
  previous: Measure | undefined;
  next: Measure | undefined;
  sameLead: SameLead[];
}

/** One page per measure (/measures/<id>/), with its neighbours in document order. */
export function measurePaths(plan: Pick<SitePlan, 'measures'>): { params: { id: string }; props: MeasurePageProps }[] {
  const ordered = [...plan.measures].sort((a, b) => a.id - b.id);
  return ordered.map((measure, i) => ({
    params: { id: String(measure.id) },
    props: { measure, previous: ordered[i - 1], next: ordered[i + 1], sameLead: measuresWithSameLead(measure, ordered) },
  }));
}
