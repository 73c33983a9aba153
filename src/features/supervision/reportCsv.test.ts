import { describe, expect, it } from 'vitest';
import type { Report } from '../../contract/report.ts';
import { catalogs } from '../../lib/i18n/catalog.ts';
import type { TranslationKey } from '../../lib/i18n/I18nProvider.tsx';
import { figureValues } from './figures.ts';
import { reportCsv } from './reportCsv.ts';
import { periodOfDays } from './supervisionView.ts';

const t = (key: TranslationKey) => catalogs.en[key] ?? key;
const report: Report = {
  total: 3,
  by_state: { done: 2, open: 1 },
  late: 1,
  avg_duration: 25,
  by_agent: [
    {
      user: { id: 1, username: 'x', firstname: '=HYPERLINK("http://evil")', lastname: '' },
      total: 3,
      by_state: { done: 2, open: 1 },
      avg_duration: 25,
      late: 1,
    },
  ],
  by_group: [
    { group: { id: 2, name: 'Support, level 2' }, total: 3, by_state: { done: 2, open: 1 }, late: 1 },
  ],
  by_day: [{ date: '2026-11-02', created: 3, done: 2, resolved: 2 }],
};

describe('reportCsv', () => {
  const csv = reportCsv(
    report,
    periodOfDays('2026-11-01', '2026-11-07'),
    { current: figureValues(report), previous: null },
    t,
  );
  const lines = csv.split('\r\n');

  it('has the period, the figures, the workload per agent and group, and the days', () => {
    expect(lines[0]).toBe('Period,2026-11-01,2026-11-07');
    expect(lines).toContain('Tickets created,3,');
    expect(lines).toContain('Late,1,');
    expect(lines).toContain('Agent,Active,Late,Resolved,Avg. duration,Total');
    expect(lines).toContain('2026-11-02,3,2,2');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('is formula-safe and quotes what needs it (the contract’s cells)', () => {
    expect(lines).toContain(`"'=HYPERLINK(""http://evil"")",1,1,2,25,3`);
    expect(lines).toContain('"Support, level 2",1,1,2,,3');
  });
});
