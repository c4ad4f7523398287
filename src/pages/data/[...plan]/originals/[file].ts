import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteModel } from '../../../../lib/site/model.ts';
import { readOriginal } from '../../../../lib/site/originals.ts';
import type { PlanOriginal } from '../../../../lib/plan/schema.ts';

/**
 * Each official file a seed was imported from, published byte for byte (none for a seed typed
 * by hand); with several plans under the plan's segment, so two plans' files never collide.
 */
export const getStaticPaths = (async () =>
  (await getSiteModel()).plans.flatMap((plan) => plan.meta.originals.map((original) => ({ params: { plan: plan.segment, file: original.file }, props: { original } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ original: PlanOriginal }> = ({ props }) => new Response(readOriginal(props.original));
