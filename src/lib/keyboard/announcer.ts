import { useSyncExternalStore } from 'react';

/**
 * One polite live region for what the keyboard did ("Ticket 123, Printer jam, 4 of 25"), rendered
 * once by the shell (LiveAnnouncer): a region that exists before its text changes is the one screen
 * readers reliably read.
 */
let message = '';
let sequence = 0;
const listeners = new Set<() => void>();

export function announce(text: string): void {
  // The same words twice in a row (two moves onto one-row lists) must still be read: vary the node.
  sequence += 1;
  message = text;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useAnnouncement(): { text: string; sequence: number } {
  const text = useSyncExternalStore(subscribe, () => message);
  const current = useSyncExternalStore(subscribe, () => sequence);
  return { text, sequence: current };
}
