import type { LiveStatus } from '../../lib/api/live/liveStatus.ts';
import { catalogs } from '../../lib/i18n/catalog.ts';
import type { Locale } from '../../lib/i18n/defineMessages.ts';
import { createFormatters } from '../../lib/i18n/formatters.ts';
import { translate } from '../../lib/i18n/translate.ts';
import { lastFreshAt, liveStatusView } from './liveStatusView.ts';

const NOW = Date.parse('2026-12-03T10:00:00Z');

function texts(locale: Locale) {
  return {
    ...createFormatters(locale),
    t: (key: string, vars?: Record<string, string | number>) =>
      translate(catalogs[locale], locale, key, vars),
  };
}

const status = (patch: Partial<LiveStatus>): LiveStatus => ({
  connection: 'open',
  currentAt: null,
  sync: null,
  upstreamReachable: true,
  ...patch,
});

describe('the live status line', () => {
  it('says nothing while the stream first connects', () => {
    expect(liveStatusView(status({ connection: 'connecting' }), null, NOW, texts('en'))).toBeNull();
  });

  it('says Live while the stream is up', () => {
    expect(liveStatusView(status({}), NOW, NOW, texts('en'))).toMatchObject({ tone: 'live', text: 'Live' });
    expect(liveStatusView(status({}), NOW, NOW, texts('fr'))?.text).toBe('En direct');
  });

  it('says how old the data is while the stream is down, in both languages', () => {
    const down = status({ connection: 'down' });
    const twoMinutesAgo = NOW - 2 * 60_000;
    expect(liveStatusView(down, twoMinutesAgo, NOW, texts('en'))).toMatchObject({
      tone: 'stale',
      text: 'Updated 2 minutes ago',
    });
    expect(liveStatusView(down, twoMinutesAgo, NOW, texts('fr'))?.text).toBe('Mis à jour il y a 2 minutes');
    // A read stamped a little ahead of this clock is "now", never "in 1 second".
    expect(liveStatusView(down, NOW + 900, NOW, texts('en'))?.text).toBe('Updated now');
    expect(liveStatusView(down, null, NOW, texts('en'))?.text).toBe('Not live');
  });

  it('shows the first sync’s progress with numbers in the user’s format', () => {
    const syncing = status({ sync: { synced: 1200, total: 5000 } });
    expect(liveStatusView(syncing, NOW, NOW, texts('en'))?.sync?.text).toBe('Synced 1,200 of 5,000');
    expect(liveStatusView(syncing, NOW, NOW, texts('fr'))?.sync?.text).toBe(
      `Synchronisés : 1${'\u202f'}200 sur 5${'\u202f'}000`,
    );
    const unknownTotal = status({ sync: { synced: 40, total: null } });
    expect(liveStatusView(unknownTotal, NOW, NOW, texts('en'))?.sync?.text).toBe('Synced 40');
    expect(liveStatusView(status({}), NOW, NOW, texts('en'))?.sync).toBeUndefined();
  });

  it('warns when Apizee is unreachable, whatever the stream', () => {
    for (const connection of ['open', 'down'] as const) {
      expect(
        liveStatusView(status({ connection, upstreamReachable: false }), NOW, NOW, texts('en')),
      ).toMatchObject({ tone: 'warning', text: 'Apizee unreachable — showing saved data' });
    }
  });

  it('dates the data by the latest of the stream and the ticket reads', () => {
    expect(lastFreshAt(null, [0])).toBeNull();
    expect(lastFreshAt(100, [50, 300])).toBe(300);
    expect(lastFreshAt(500, [50])).toBe(500);
  });
});
