import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Runs the audits of every page (tests/e2e/audit/) before the other browser tests: they take
 * the longest, so started last (as vitest does on a fresh clone, where it knows no durations
 * and runs larger files first) they would leave one core idle at the end. Everything else in
 * vitest's own order: failed first, then longest first.
 */
export default class AuditsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isAudit = (spec: TestSpecification) => /[/\\]tests[/\\]e2e[/\\]audit[/\\]/u.test(spec.moduleId);
    return [...sorted.filter(isAudit), ...sorted.filter((spec) => !isAudit(spec))];
  }
}
