/**
 * The one closing line of CI: `N passed, N failed` over vitest and Playwright together, read from their
 * JSON reports. When a report is missing although the log shows that its tool ran, the counts come
 * from the log instead, so the line never says 0 tests when tests ran. A flaky test (one that passed
 * only on a retry) is a failed test: the line counts it so, and the script exits non-zero whenever
 * anything failed.
 *
 *   node --import tsx scripts/ci-summary.ts --log test-results/ci.log
 */
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/** `skipped` (Playwright only): tests marked skip or fixme, in neither count but shown in the details. */
export type Counts = { passed: number; failed: number; skipped?: number };

type VitestReport = {
  numPassedTests: number;
  numFailedTests: number;
  testResults?: { status: string; assertionResults?: unknown[] }[];
};
type PlaywrightReport = {
  stats: { expected: number; unexpected: number; flaky: number; skipped?: number };
};

export function countVitest(report: VitestReport): Counts {
  // A file that fails to load has no tests but is a failure all the same.
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && (file.assertionResults ?? []).length === 0,
  ).length;
  return { passed: report.numPassedTests, failed: report.numFailedTests + brokenFiles };
}

export function countPlaywright(report: PlaywrightReport): Counts {
  // A flaky test failed before it passed on a retry: it failed.
  return {
    passed: report.stats.expected,
    failed: report.stats.unexpected + report.stats.flaky,
    skipped: report.stats.skipped ?? 0,
  };
}

const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

/** Vitest's `Tests  3 failed | 120 passed (123)` line. */
export function countVitestLog(log: string): Counts | null {
  const line = stripAnsi(log).match(/^\s*Tests\s+(.*\(\d+\))\s*$/m)?.[1];
  if (!line) return null;
  return {
    passed: Number(line.match(/(\d+) passed/)?.[1] ?? 0),
    failed: Number(line.match(/(\d+) failed/)?.[1] ?? 0),
  };
}

/** Playwright's list reporter: `12 passed (1.2m)`, `2 failed`, `1 flaky`. */
export function countPlaywrightLog(log: string): Counts | null {
  const text = stripAnsi(log);
  if (!/Running \d+ tests? using/.test(text)) return null;
  const last = (pattern: RegExp) => Number([...text.matchAll(pattern)].at(-1)?.[1] ?? 0);
  return {
    passed: last(/^\s*(\d+) passed/gm),
    failed: last(/^\s*(\d+) failed/gm) + last(/^\s*(\d+) flaky/gm),
    skipped: last(/^\s*(\d+) skipped/gm),
  };
}

function readJson<T>(file: string): T | null {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

export type Source = { name: string; counts: Counts | null; from: 'report' | 'log' | 'none' };

export function summarize(options: {
  vitestReport: string;
  playwrightReport: string;
  /** The strict profile's report (`npm run test:e2e:strict`), counted from its report only. */
  strictReport?: string;
  log: string;
}): Source[] {
  const vitest = readJson<VitestReport>(options.vitestReport);
  const playwright = readJson<PlaywrightReport>(options.playwrightReport);
  const fromLog = (counts: Counts | null): Pick<Source, 'counts' | 'from'> =>
    counts ? { counts, from: 'log' } : { counts: null, from: 'none' };
  return [
    {
      name: 'vitest',
      ...(vitest ? { counts: countVitest(vitest), from: 'report' } : fromLog(countVitestLog(options.log))),
    },
    {
      name: 'playwright',
      ...(playwright
        ? { counts: countPlaywright(playwright), from: 'report' }
        : fromLog(countPlaywrightLog(options.log))),
    },
    ...(options.strictReport ? [strictSource(options.strictReport)] : []),
  ];
}

/** Its lines in the log cannot be told from the default run's: only its report counts. */
function strictSource(report: string): Source {
  const strict = readJson<PlaywrightReport>(report);
  return strict
    ? { name: 'playwright (strict)', counts: countPlaywright(strict), from: 'report' }
    : { name: 'playwright (strict)', counts: null, from: 'none' };
}

export function total(sources: Source[]): Counts {
  return {
    passed: sources.reduce((sum, source) => sum + (source.counts?.passed ?? 0), 0),
    failed: sources.reduce((sum, source) => sum + (source.counts?.failed ?? 0), 0),
  };
}

export function closingLine(sources: Source[]): string {
  const { passed, failed } = total(sources);
  return `${passed} passed, ${failed} failed`;
}

/** The script's exit code: 1 when any test failed (flaky ones included), else 0. */
export function exitCode(sources: Source[]): number {
  return total(sources).failed > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      log: { type: 'string', default: 'test-results/ci.log' },
      vitest: { type: 'string', default: 'test-results/vitest.json' },
      playwright: { type: 'string', default: 'test-results/e2e.json' },
      'playwright-strict': { type: 'string', default: 'test-results/e2e-strict.json' },
    },
  });
  const log = existsSync(values.log) ? readFileSync(values.log, 'utf8') : '';
  const sources = summarize({
    vitestReport: values.vitest,
    playwrightReport: values.playwright,
    strictReport: values['playwright-strict'],
    log,
  });
  // Details use another format than the closing line, so that line is the only `N passed, N failed`.
  for (const source of sources) {
    const counts = source.counts
      ? `passed=${source.counts.passed} failed=${source.counts.failed}` +
        (source.counts.skipped ? ` skipped=${source.counts.skipped}` : '')
      : 'did not run';
    const origin = { report: 'from its JSON report', log: 'from the log: its report is missing', none: '' }[
      source.from
    ];
    console.log(`[ci] ${source.name}: ${counts}${origin ? ` (${origin})` : ''}`);
  }
  console.log(closingLine(sources));
  process.exitCode = exitCode(sources);
}
