import { readFileSync } from 'node:fs';
import type { PlanOriginal } from '../plan/schema.ts';
import { besideSeed } from './readPlan.ts';

/**
 * The bytes of an official file, read from beside its seed. The parser has checked them
 * against the seed's front matter (size and SHA-256) when the plan was read, so what is
 * published is what the seed was made from.
 */
export function readOriginal(original: PlanOriginal): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(besideSeed(original.seed, original.file)));
}
