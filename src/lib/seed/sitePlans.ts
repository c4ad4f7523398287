/**
 * What must hold across the plans of one site, once each has parsed: no two plans with the same
 * title (a reader tells plans apart by it), and a department slug names one body on every plan
 * (a body is the same body in every plan: one page, one URL). Pure.
 */
import type { Plan } from '../plan/schema.ts';
import type { SeedFile } from './parsePlan.ts';
import { SeedError } from './SeedError.ts';

/** A parsed plan with its slug and the seed files it was read from. */
export interface SitePlanSource {
  readonly slug: string;
  readonly plan: Plan;
  readonly seeds: readonly SeedFile[];
}

/** The line of a seed's text that holds its title (wrap spaces aside), or null. */
function titleLine(seed: SeedFile | undefined, title: string): number | null {
  if (!seed) return null;
  const index = seed.text.split('\n').findIndex((line) => line.replace(/\s+/gu, '').includes(title.replace(/\s+/gu, '')));
  return index === -1 ? null : index + 1;
}

/** Throws a SeedError at the later plan's title or department when two plans disagree. */
export function checkSitePlans(plans: readonly SitePlanSource[]): void {
  const byTitle = new Map<string, SitePlanSource>();
  for (const source of plans) {
    const title = source.plan.meta.title;
    const other = byTitle.get(title);
    const first = source.seeds[0];
    if (other) throw new SeedError(first?.file ?? source.slug, titleLine(first, title), `plan "${source.slug}" has the same title as plan "${other.slug}" ("${title}"): two plans need two titles`);
    byTitle.set(title, source);
  }
  const bySlug = new Map<string, { slug: string; body: string; plan: string }>();
  for (const source of plans) {
    for (const department of source.plan.departments) {
      const body = `${department.side}:${department.name}`;
      const other = bySlug.get(department.slug);
      if (other && other.body !== body) {
        const measure = source.plan.measures.find((m) => m[department.side].includes(department.name));
        throw new SeedError(
          measure?.source.file ?? source.plan.meta.sources[0]!,
          measure?.source.line ?? null,
          `"${department.name}" and "${other.body.slice(other.body.indexOf(':') + 1)}" (plan "${other.plan}") would share the URL slug "${department.slug}"; add a reading to the alias table to tell them apart`,
        );
      }
      bySlug.set(department.slug, { slug: department.slug, body, plan: source.slug });
    }
  }
}
