import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { FieldValues, UseFormWatch } from 'react-hook-form';

const SAVE_DELAY_MS = 400;

type DraftOptions<T extends FieldValues, Extra> = {
  /** Where the draft lives; null while it cannot be known yet (no user, no ticket). */
  key: string | null;
  storage: Storage;
  watch: UseFormWatch<T>;
  /** Values equal to these are no draft (nothing typed). */
  emptyValues: T;
  /** Stored beside the values (e.g. the `modified` of the ticket being edited). */
  extra?: Extra;
  enabled?: boolean;
};

export type StoredDraft<T, Extra> = { values: T; extra?: Extra; savedAt: number };

export function readDraft<T extends FieldValues, Extra = undefined>(
  storage: Storage,
  key: string | null,
  emptyValues: T,
): StoredDraft<T, Extra> | null {
  if (!key) return null;
  try {
    const stored = JSON.parse(storage.getItem(key) ?? 'null') as StoredDraft<Partial<T>, Extra> | null;
    if (!stored || typeof stored.values !== 'object') return null;
    // Only the fields the form knows, each of the type it expects: an old or foreign draft cannot break it.
    const values = { ...emptyValues };
    for (const field of Object.keys(emptyValues) as (keyof T)[]) {
      const value = stored.values[field];
      const expected = emptyValues[field];
      const sameKind = Array.isArray(expected) ? Array.isArray(value) : typeof value === typeof expected;
      if (value !== undefined && (sameKind || (typeof value === 'string' && value === '')))
        values[field] = value as T[keyof T];
    }
    return { values, extra: stored.extra, savedAt: stored.savedAt };
  } catch {
    return null;
  }
}

/**
 * Keeps what is typed in a form in browser storage (debounced), so a reload, a crash or a sign-in
 * round trip after an expired session loses nothing. `flush` writes at once (call it before a
 * request that may end on the login page); `clear` forgets the draft once saved.
 */
export function useFormDraft<T extends FieldValues, Extra = undefined>({
  key,
  storage,
  watch,
  emptyValues,
  extra,
  enabled = true,
}: DraftOptions<T, Extra>) {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef<T | null>(null);
  const extraRef = useRef(extra);
  const empty = useMemo(() => JSON.stringify(emptyValues), [emptyValues]);

  useEffect(() => {
    extraRef.current = extra;
  }, [extra]);

  const write = useCallback(() => {
    clearTimeout(timer.current);
    if (!key || !latest.current) return;
    try {
      if (JSON.stringify(latest.current) === empty) storage.removeItem(key);
      else
        storage.setItem(
          key,
          JSON.stringify({ values: latest.current, extra: extraRef.current, savedAt: Date.now() }),
        );
    } catch {
      // Storage full or refused (private mode): the form still works, only the draft is not kept.
    }
  }, [empty, key, storage]);

  useEffect(() => {
    if (!enabled || !key) return;
    const subscription = watch((values) => {
      latest.current = values as T;
      clearTimeout(timer.current);
      timer.current = setTimeout(write, SAVE_DELAY_MS);
    });
    return () => {
      subscription.unsubscribe();
      write();
    };
  }, [enabled, key, watch, write]);

  const clear = useCallback(() => {
    clearTimeout(timer.current);
    latest.current = null;
    if (key) storage.removeItem(key);
  }, [key, storage]);

  return { flush: write, clear };
}
