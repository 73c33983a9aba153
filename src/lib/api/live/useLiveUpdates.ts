import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { LiveEvent } from '../../../contract/live.ts';
import { isSigningOut } from '../auth/signingOut.ts';
import { sessionEnded } from '../client.ts';
import { noteRateLimited } from '../rateLimit.ts';
import { createLiveCacheUpdater } from './liveCache.ts';
import { openLiveSource } from './liveSource.ts';
import { getLiveStatus, updateLiveStatus } from './liveStatus.ts';

/** A budget spent says so for at most this long, whatever the two clocks say. */
const MAX_BUDGET_WAIT_S = 60;

/** What an event tells the status line and the polling (the caches are liveCache's). */
export function noteLiveEvent(event: LiveEvent, now = Date.now()): void {
  updateLiveStatus({ currentAt: now });
  switch (event.type) {
    case 'sync.progress':
      updateLiveStatus({ sync: event.done ? null : { synced: event.synced, total: event.total } });
      return;
    case 'upstream':
      updateLiveStatus({ upstreamReachable: event.reachable });
      return;
    case 'budget':
      // Polling pauses until the window resets, as after a 429.
      if (event.remaining <= 0) {
        const seconds = Math.ceil((event.resetAt - now) / 1000);
        noteRateLimited(Math.min(MAX_BUDGET_WAIT_S, Math.max(1, seconds)));
      }
      return;
    case 'session.ended':
      // Signed out elsewhere ("sign out everywhere"): to the sign-in page, as a 401 would.
      if (!isSigningOut()) sessionEnded();
      return;
    default:
      return;
  }
}

/**
 * The signed-in user's live stream, mounted once in the shell: keeps the ticket caches current and
 * the status (and so the lists' polling) truthful.
 */
export function useLiveUpdates(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    // No EventSource (an old browser, a test's DOM): the lists keep polling.
    if (typeof EventSource === 'undefined') return;
    const cache = createLiveCacheUpdater(queryClient);
    const close = openLiveSource({
      onEvent: (event) => {
        noteLiveEvent(event);
        cache.apply(event);
      },
      onConnection: (connection) => {
        // Everything was current up to the moment an open stream dropped.
        const wasOpen = getLiveStatus().connection === 'open';
        updateLiveStatus(
          wasOpen && connection === 'down' ? { connection, currentAt: Date.now() } : { connection },
        );
      },
    });
    return () => {
      close();
      cache.dispose();
      // Signed out: the next user starts from nothing known.
      updateLiveStatus({ connection: 'connecting', currentAt: null, sync: null, upstreamReachable: true });
    };
  }, [queryClient]);
}
