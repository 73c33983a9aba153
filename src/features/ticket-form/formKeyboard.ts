import { useCallback, useEffect, useReducer, useRef, type KeyboardEvent } from 'react';

/** Ctrl+Enter (Cmd+Enter on a Mac) submits the form from any field. */
export function isSubmitShortcut(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.nativeEvent.isComposing;
}

/** The first field marked invalid inside `container`, in the order the form shows them. */
export function firstInvalidField(container: HTMLElement | null): HTMLElement | null {
  return container?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? null;
}

/**
 * Returns `focusAfterRender(find)`: once React has rendered what the current event changed (errors,
 * an alert), focuses the element `find` returns then.
 */
export function useFocusAfterRender() {
  const [request, bump] = useReducer((count: number) => count + 1, 0);
  const finder = useRef<() => HTMLElement | null>(() => null);
  useEffect(() => {
    if (request === 0) return;
    // react-hook-form publishes validation errors just after calling onInvalid, so the fields may
    // be marked a frame or two later: look again for a few frames.
    let frame = 0;
    let attempts = 0;
    const attempt = () => {
      const target = finder.current();
      if (target) {
        target.focus();
        target.scrollIntoView({ block: 'center' });
      } else if (++attempts < 10) {
        frame = requestAnimationFrame(attempt);
      }
    };
    attempt();
    return () => cancelAnimationFrame(frame);
  }, [request]);
  return useCallback((find: () => HTMLElement | null) => {
    finder.current = find;
    bump();
  }, []);
}
