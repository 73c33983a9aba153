import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { useCurrentUser } from '../../../lib/api/auth/getSession.ts';
import { parsePreferences, serializePreferences, type ListPreferences } from './columnPreferences.ts';
import type { TicketColumn } from './ticketColumns.ts';

/**
 * Per user, in this browser's localStorage (keyed by the signed-in user's id, so two people sharing a
 * browser keep their own). Every component reading it re-renders on a change, in this tab or another.
 */
const storageKey = (userId: number) => `apizee.ticket-list.display.${userId}`;
const listeners = new Set<() => void>();
/** What was chosen when the storage refused it (disabled, full): kept until the page is left. */
const unsaved = new Map<string, string>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

function read(key: string): string | null {
  try {
    return unsaved.get(key) ?? localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, preferences: ListPreferences): void {
  const text = serializePreferences(preferences);
  try {
    localStorage.setItem(key, text);
    unsaved.delete(key);
  } catch {
    unsaved.set(key, text);
  }
  for (const listener of listeners) listener();
}

/** The signed-in user's density and columns, and a setter that stores them. */
export function useListPreferences(): [ListPreferences, (next: ListPreferences) => void] {
  const key = storageKey(useCurrentUser().id);
  const text = useSyncExternalStore(
    subscribe,
    () => read(key),
    () => null,
  );
  const preferences = useMemo(() => parsePreferences(text), [text]);
  const save = useCallback((next: ListPreferences) => write(key, next), [key]);
  return [preferences, save];
}

/** The columns the list shows, in order (the CSV export follows them): stable ids, see ticketColumns.ts. */
export function useVisibleColumns(): TicketColumn[] {
  return useListPreferences()[0].columns;
}
