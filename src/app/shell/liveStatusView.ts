import type { LiveStatus } from '../../lib/api/live/liveStatus.ts';
import type { I18n } from '../../lib/i18n/I18nProvider.tsx';

export type LiveTone = 'live' | 'stale' | 'warning';

/** What the header says of the data's freshness: a short text, its tooltip, and the sync's progress. */
export type LiveStatusView = {
  tone: LiveTone;
  text: string;
  tip: string;
  sync?: { text: string; tip: string };
};

type Texts = Pick<I18n, 't' | 'formatRelative' | 'formatNumber'>;

/**
 * Null while the stream first connects (saying "not live" for that second would be noise).
 * `freshAt`: when the data on screen was last known current (an event, a list or a ticket read).
 */
export function liveStatusView(
  status: LiveStatus,
  freshAt: number | null,
  now: number,
  { t, formatRelative, formatNumber }: Texts,
): LiveStatusView | null {
  if (status.connection === 'connecting') return null;
  const sync = status.sync && {
    text:
      status.sync.total === null
        ? t('live.syncedSoFar', { synced: formatNumber(status.sync.synced) })
        : t('live.synced', {
            synced: formatNumber(status.sync.synced),
            total: formatNumber(status.sync.total),
          }),
    tip: t('live.sync.tip'),
  };
  const withSync = (view: LiveStatusView): LiveStatusView => (sync ? { ...view, sync } : view);
  if (!status.upstreamReachable) {
    return withSync({
      tone: 'warning',
      text: t('live.unreachable'),
      tip: t('live.unreachable.tip'),
    });
  }
  if (status.connection === 'open') {
    return withSync({ tone: 'live', text: t('live.on'), tip: t('live.on.tip') });
  }
  return withSync({
    tone: 'stale',
    // Never "in 1 second": two clocks may disagree by a little.
    text:
      freshAt === null
        ? t('live.off')
        : t('live.updated', { ago: formatRelative(Math.min(freshAt, now), now) }),
    tip: t('live.off.tip'),
  });
}

/** The latest of `currentAt` and the last successful read of any ticket query. */
export function lastFreshAt(currentAt: number | null, ticketDataUpdatedAt: readonly number[]): number | null {
  const latest = Math.max(currentAt ?? 0, ...ticketDataUpdatedAt);
  return latest > 0 ? latest : null;
}
