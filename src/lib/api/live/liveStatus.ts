import { useSyncExternalStore } from 'react';

/**
 * What the live stream (GET /events) last told us, kept outside React so the list's polling can read
 * it: this module is on the first load, the stream's code (useLiveUpdates) is not.
 */
export type LiveStatus = {
  /** `connecting` until the first open or failure; `down` while reconnecting. */
  connection: 'connecting' | 'open' | 'down';
  /** Epoch ms when the stream last said the data was current: its last event, or when it went down. */
  currentAt: number | null;
  /** The first sync of the user's tickets while it runs; null when done or unknown. */
  sync: { synced: number; total: number | null } | null;
  upstreamReachable: boolean;
};

let status: LiveStatus = { connection: 'connecting', currentAt: null, sync: null, upstreamReachable: true };
const listeners = new Set<() => void>();

export function getLiveStatus(): LiveStatus {
  return status;
}

export function updateLiveStatus(patch: Partial<LiveStatus>): void {
  status = { ...status, ...patch };
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLiveStatus(): LiveStatus {
  return useSyncExternalStore(subscribe, getLiveStatus);
}

/** True while the stream is up: lists then need no polling. */
export function useLiveConnected(): boolean {
  return useSyncExternalStore(subscribe, () => status.connection === 'open');
}
