import path from 'node:path';
import type { Reporter, TestCase, TestModule } from 'vitest/node';

/** How often a line is printed while tests run (PROGRESS_SECONDS, 30 by default). */
const EVERY = Number(process.env.PROGRESS_SECONDS ?? 30) * 1000;

/**
 * A vitest reporter that only says, every half minute, how far the run is: the tests done
 * out of those collected, and for each file still running its own count, e.g.
 *
 *   … 2:30 e2e: 640/1502 tests done; audit/pages-dark 212/426, audit/pages-light 230/426, audit/html 0/426
 *
 * so a long stretch of audits never looks like a hang. Used beside the default reporter
 * (`npm test` adds it); the lines go to stdout, so they interleave with vitest's own.
 */
export default class ProgressReporter implements Reporter {
  #started = 0;
  #timer: NodeJS.Timeout | undefined;
  #total = new Map<TestModule, number>();
  #done = new Map<TestModule, number>();
  #running = new Set<TestModule>();

  onTestRunStart(): void {
    this.#started = performance.now();
    this.#timer = setInterval(() => this.#print(), EVERY);
    this.#timer.unref();
  }

  onTestModuleCollected(module: TestModule): void {
    this.#total.set(module, [...module.children.allTests()].length);
  }

  onTestModuleStart(module: TestModule): void {
    this.#running.add(module);
  }

  onTestCaseResult(test: TestCase): void {
    this.#done.set(test.module, (this.#done.get(test.module) ?? 0) + 1);
  }

  onTestModuleEnd(module: TestModule): void {
    this.#running.delete(module);
  }

  onTestRunEnd(): void {
    clearInterval(this.#timer);
  }

  #print(): void {
    const seconds = Math.round((performance.now() - this.#started) / 1000);
    const clock = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
    const sum = (counts: Iterable<number>) => [...counts].reduce((a, b) => a + b, 0);
    const projects = [...new Set([...this.#total.keys()].map((module) => module.project.name))].join('+');
    const files = [...this.#running].map((module) => `${name(module)} ${this.#done.get(module) ?? 0}/${this.#total.get(module) ?? '?'}`);
    console.log(`… ${clock} ${projects}: ${sum(this.#done.values())}/${sum(this.#total.values())} tests done${files.length > 0 ? `; ${files.join(', ')}` : ''}`);
  }
}

/** "tests/e2e/audit/pages-dark.test.ts" → "audit/pages-dark". */
function name(module: TestModule): string {
  return module.relativeModuleId.replace(/^tests\/(?:e2e|unit)\//u, '').replace(/\.test\.ts$/u, '').split(path.sep).join('/');
}
