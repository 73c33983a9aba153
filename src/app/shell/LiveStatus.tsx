import '@mantine/core/styles/Tooltip.css';
import { Tooltip, VisuallyHidden } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useState, useSyncExternalStore } from 'react';
import { useLiveStatus } from '../../lib/api/live/liveStatus.ts';
import { useLiveUpdates } from '../../lib/api/live/useLiveUpdates.ts';
import { ticketKeys } from '../../lib/api/queryKeys.ts';
import { useI18n } from '../../lib/i18n/useI18n.ts';
import classes from './LiveStatus.module.css';
import { lastFreshAt, liveStatusView, type LiveTone } from './liveStatusView.ts';

/** What screen readers hear of each state: distinct from the visible text, which ticks. */
const ANNOUNCEMENTS = {
  live: 'live.announce.on',
  stale: 'live.announce.off',
  warning: 'live.unreachable',
} as const satisfies Record<LiveTone, string>;

/** "Updated 2 minutes ago" moves on this often. */
const TICK_MS = 30_000;

/** The time, moving on every TICK_MS while `ticking` (and read afresh when it starts). */
function useClock(ticking: boolean): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (!ticking) return;
    const update = () => setNow(Date.now());
    const first = window.setTimeout(update, 0);
    const timer = window.setInterval(update, TICK_MS);
    return () => {
      window.clearTimeout(first);
      window.clearInterval(timer);
    };
  }, [ticking]);
  return now;
}

/**
 * The header's word on the data's freshness ("Live", "Updated 2 minutes ago", the sync's progress),
 * and the live stream itself: mounted once, lazily, in the shell.
 */
export function LiveStatus() {
  useLiveUpdates();
  const status = useLiveStatus();
  const i18n = useI18n();
  const queryClient = useQueryClient();
  const tipId = useId();
  const now = useClock(status.connection === 'down');
  const queryCache = queryClient.getQueryCache();
  const subscribe = useCallback((listener: () => void) => queryCache.subscribe(listener), [queryCache]);
  const lastTicketRead = useSyncExternalStore(subscribe, () =>
    Math.max(0, ...queryCache.findAll({ queryKey: ticketKeys.all }).map((q) => q.state.dataUpdatedAt)),
  );
  const view = liveStatusView(status, lastFreshAt(status.currentAt, [lastTicketRead]), now, i18n);

  // Screen readers hear a change of state, not each tick of "… minutes ago".
  const announcement = view ? i18n.t(ANNOUNCEMENTS[view.tone]) : '';

  return (
    <>
      <VisuallyHidden aria-live="polite">{announcement}</VisuallyHidden>
      {view && (
        <Tooltip
          label={
            <>
              <div className={classes.tipTitle}>{view.text}</div>
              {view.sync && <div className={classes.tipTitle}>{view.sync.text}</div>}
              {view.tip}
              {view.sync && <div>{view.sync.tip}</div>}
            </>
          }
          multiline
          w={260}
          withArrow
          position="bottom-end"
          events={{ hover: true, focus: true, touch: true }}
        >
          <span className={classes.status} data-tone={view.tone} tabIndex={0} aria-describedby={tipId}>
            <span className={classes.dot} aria-hidden />
            <span className={classes.text}>
              {view.text}
              {view.sync && ` · ${view.sync.text}`}
            </span>
            <span id={tipId} hidden>
              {view.tip} {view.sync?.tip}
            </span>
          </span>
        </Tooltip>
      )}
    </>
  );
}
