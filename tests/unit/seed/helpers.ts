/** Shared helpers for the seed parser's tests: reading fixtures and catching SeedErrors. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { AliasTable } from '../../../src/lib/seed/aliasTable.ts';
import { parseAliasTable } from '../../../src/lib/seed/aliasTable.ts';
import { parsePlan, type SeedFile } from '../../../src/lib/seed/parsePlan.ts';
import { SeedError } from '../../../src/lib/seed/SeedError.ts';
import type { Plan } from '../../../src/lib/plan/schema.ts';

/** The project root, where the CLI runs and seed paths are relative to. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Fixture paths as the parser reports them: relative to the project root. */
export const FIXTURES = 'tests/fixtures/seeds';

export function readProjectFile(file: string): string {
  return readFileSync(path.join(ROOT, file), 'utf8');
}

/** A fixture seed, named as the CLI would name it. */
export function fixture(name: string): SeedFile {
  const file = `${FIXTURES}/${name}`;
  return { file, text: readProjectFile(file) };
}

export function fixtureAliases(name: string): AliasTable {
  const file = `${FIXTURES}/${name}`;
  return parseAliasTable(readProjectFile(file), file);
}

export function parseFixture(name: string, aliases?: AliasTable): Plan {
  return parsePlan([fixture(name)], aliases);
}

/** The 1-based line of the `occurrence`-th line of `text` that contains `needle`. */
export function lineOf(text: string, needle: string, occurrence = 1): number {
  let seen = 0;
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (line.includes(needle) && ++seen === occurrence) return i + 1;
  }
  throw new Error(`"${needle}" occurs fewer than ${occurrence} times`);
}

/** Runs `action`, expecting it to throw a SeedError, and returns that error. */
export function seedErrorFrom(action: () => unknown): SeedError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(SeedError);
    return error as SeedError;
  }
  throw new Error('expected a SeedError, but nothing was thrown');
}

/** Asserts that a message opens with exactly `FILE:LINE: `. */
export function expectLocation(message: string, file: string, line: number): void {
  expect(message.slice(0, `${file}:${line}: `.length)).toBe(`${file}:${line}: `);
}
