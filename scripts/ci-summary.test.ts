import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { temporaryDir } from '../src/server/gateway/testSupport.ts';
import { closingLine, countPlaywrightLog, countVitestLog, summarize } from './ci-summary.ts';

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
  it('adds vitest and Playwright reports (broken files and flaky tests included)', () => {
    const sources = summarize({
      vitestReport: file('vitest.json', vitestReport),
      playwrightReport: file('e2e.json', playwrightReport),
      log: '',
    });
    expect(sources.map((source) => source.from)).toEqual(['report', 'report']);
    // vitest 10 passed + 3 failed (2 tests, 1 file that failed to load); Playwright 9 passed, 1 failed.
    expect(closingLine(sources)).toBe('19 passed, 4 failed');
  });

  it('falls back to the log when a report is missing, never saying 0 when tests ran', () => {
    const sources = summarize({
      vitestReport: path.join(temp.dir, 'missing.json'),
      playwrightReport: path.join(temp.dir, 'missing-too.json'),
      log: `${vitestLog}\n${playwrightLog}`,
    });
    expect(sources.map((source) => source.from)).toEqual(['log', 'log']);
    expect(closingLine(sources)).toBe('132 passed, 5 failed');
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
  });
});
