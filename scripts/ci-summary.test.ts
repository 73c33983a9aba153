import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { temporaryDir } from '../src/server/gateway/testSupport.ts';
import {
  closingLine,
  countPlaywright,
  countPlaywrightLog,
  countVitestLog,
  exitCode,
  summarize,
} from './ci-summary.ts';

const temp = temporaryDir('ci-summary-');
afterAll(() => temp.remove());

function file(name: string, content: unknown): string {
  const target = path.join(temp.dir, name);
  writeFileSync(target, typeof content === 'string' ? content : JSON.stringify(content));
  return target;
}

const vitestReport = {
  numTotalTests: 12,
  numPassedTests: 10,
  numFailedTests: 2,
  testResults: [
    { name: 'a.test.ts', status: 'failed', assertionResults: [{}, {}, {}] },
    { name: 'broken.test.ts', status: 'failed', assertionResults: [], message: 'SyntaxError' },
    { name: 'b.test.ts', status: 'passed', assertionResults: [{}] },
  ],
};
const playwrightReport = { stats: { expected: 7, unexpected: 1, flaky: 2, skipped: 0 } };

const vitestLog =
  '\u001b[2m      Tests \u001b[22m \u001b[1m\u001b[31m3 failed\u001b[39m\u001b[22m\u001b[2m | \u001b[22m\u001b[1m\u001b[32m120 passed\u001b[39m\u001b[22m\u001b[90m (123)\u001b[39m\n';
const playwrightLog =
  'Running 14 tests using 2 workers\n  ✓  1 [setup] › x\n  2 failed\n  1 flaky\n  11 passed (1.2m)\n';

describe('the closing line of CI', () => {
  it('adds vitest and Playwright reports, broken files and flaky tests counted as failed', () => {
    const sources = summarize({
      vitestReport: file('vitest.json', vitestReport),
      playwrightReport: file('e2e.json', playwrightReport),
      log: '',
    });
    expect(sources.map((source) => source.from)).toEqual(['report', 'report']);
    // vitest 10 passed + 3 failed (2 tests, 1 file that failed to load); Playwright 7 passed and
    // 3 failed (1 failed, 2 flaky: they passed only on a retry).
    expect(closingLine(sources)).toBe('17 passed, 6 failed');
    expect(exitCode(sources)).toBe(1);
  });

  it('adds the strict profile from its own report, and says when it did not run', () => {
    const strict = { stats: { expected: 40, unexpected: 0, flaky: 1, skipped: 0 } };
    const ran = summarize({
      vitestReport: file('vitest.json', vitestReport),
      playwrightReport: file('e2e.json', playwrightReport),
      strictReport: file('e2e-strict.json', strict),
      log: '',
    });
    expect(ran.map((source) => source.name)).toEqual(['vitest', 'playwright', 'playwright (strict)']);
    expect(closingLine(ran)).toBe('57 passed, 7 failed');
    const missing = summarize({
      vitestReport: file('vitest.json', vitestReport),
      playwrightReport: file('e2e.json', playwrightReport),
      strictReport: path.join(temp.dir, 'no-strict.json'),
      log: playwrightLog,
    });
    expect(missing[2]).toEqual({ name: 'playwright (strict)', counts: null, from: 'none' });
  });

  it('falls back to the log when a report is missing, never saying 0 when tests ran', () => {
    const sources = summarize({
      vitestReport: path.join(temp.dir, 'missing.json'),
      playwrightReport: path.join(temp.dir, 'missing-too.json'),
      log: `${vitestLog}\n${playwrightLog}`,
    });
    expect(sources.map((source) => source.from)).toEqual(['log', 'log']);
    // Playwright's log: 11 passed, 2 failed and 1 flaky: 3 failed.
    expect(closingLine(sources)).toBe('131 passed, 6 failed');
  });

  it('reads a corrupt report as missing', () => {
    const sources = summarize({
      vitestReport: file('corrupt.json', '{"numPassedTests": 3,'),
      playwrightReport: path.join(temp.dir, 'none.json'),
      log: vitestLog,
    });
    expect(sources[0]).toMatchObject({ from: 'log', counts: { passed: 120, failed: 3 } });
    expect(sources[1]).toMatchObject({ from: 'none', counts: null });
  });

  it('says 0 only when nothing ran', () => {
    expect(countVitestLog('> tsc --noEmit\nerror TS2304')).toBeNull();
    expect(countPlaywrightLog('> eslint .\n1 problem')).toBeNull();
    const sources = summarize({ vitestReport: '/nonexistent', playwrightReport: '/nonexistent', log: '' });
    expect(closingLine(sources)).toBe('0 passed, 0 failed');
    expect(exitCode(sources)).toBe(0);
  });
});

describe('a flaky test', () => {
  const allGreenButFlaky = { stats: { expected: 49, unexpected: 0, flaky: 1, skipped: 0 } };

  it('is a failed test, never a passed one', () => {
    expect(countPlaywright(allGreenButFlaky)).toEqual({ passed: 49, failed: 1, skipped: 0 });
    expect(countPlaywrightLog('Running 50 tests using 2 workers\n  1 flaky\n  49 passed (2.9m)\n')).toEqual({
      passed: 49,
      failed: 1,
      skipped: 0,
    });
  });

  it('makes the script print it as failed and exit non-zero', () => {
    const run = (playwright: unknown) =>
      spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          'scripts/ci-summary.ts',
          '--log',
          path.join(temp.dir, 'no.log'),
          '--vitest',
          file('green-vitest.json', { numPassedTests: 3, numFailedTests: 0, testResults: [] }),
          '--playwright',
          file('run-e2e.json', playwright),
          // Not the strict report a local run left in test-results.
          '--playwright-strict',
          path.join(temp.dir, 'no-strict-run.json'),
        ],
        { encoding: 'utf8' },
      );
    const flaky = run(allGreenButFlaky);
    expect(flaky.stdout.trim().split('\n').at(-1)).toBe('52 passed, 1 failed');
    expect(flaky.status).toBe(1);
    const green = run({ stats: { expected: 50, unexpected: 0, flaky: 0, skipped: 1 } });
    // A skipped (fixme) test is in neither count, but the details name it.
    expect(green.stdout).toContain('[ci] playwright: passed=50 failed=0 skipped=1');
    expect(green.stdout.trim().split('\n').at(-1)).toBe('53 passed, 0 failed');
    expect(green.status).toBe(0);
  });
});
