import { useEffect, useRef } from 'react';
import { createSequenceMatcher } from './sequenceMatcher.ts';
import { SHORTCUTS, type ShortcutId } from './shortcuts.ts';
import { isInsideWidget, isTypingTarget } from './typingTarget.ts';

/**
 * A handler gets the key's event; returning false declines it (not the moment: Enter on a button),
 * and the browser does what it would have done.
 */
export type ShortcutHandler = (event: KeyboardEvent) => boolean | void;
export type ShortcutHandlers = Partial<Record<ShortcutId, ShortcutHandler>>;

type Layer = { current: ShortcutHandlers };

/** The mounted handler sets, newest last: a page's own (the list's) before the shell's. */
const layers: Layer[] = [];
// One matcher for the whole page, so `g s` (go to supervision) is never also the list's `s`.
const matcher = createSequenceMatcher(SHORTCUTS);

function onKeyDown(event: KeyboardEvent) {
  if (event.defaultPrevented || event.isComposing) return;
  const typing = isTypingTarget(event.target) || isInsideWidget(event.target);
  const result = matcher.feed({
    key: event.key,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    altKey: event.altKey,
    shiftKey: event.shiftKey,
    time: event.timeStamp,
  });
  if (typing) {
    // A letter typed in a field must not start a sequence either.
    if (result.kind === 'pending') matcher.reset();
    if (result.kind !== 'match' || !result.shortcut.whileTyping) return;
  }
  if (result.kind !== 'match') return;
  for (let index = layers.length - 1; index >= 0; index -= 1) {
    const handler = layers[index]!.current[result.shortcut.id];
    if (handler && handler(event) !== false) {
      event.preventDefault();
      return;
    }
  }
}

/**
 * Binds handlers to shortcuts (lib/keyboard/shortcuts.ts) while the component is mounted. One
 * document listener serves every component; the handlers may change on every render.
 */
export function useShortcuts(handlers: ShortcutHandlers): void {
  const layer = useRef<ShortcutHandlers>(handlers);
  useEffect(() => {
    layer.current = handlers;
  });
  useEffect(() => {
    const entry: Layer = layer;
    layers.push(entry);
    if (layers.length === 1) document.addEventListener('keydown', onKeyDown);
    return () => {
      layers.splice(layers.indexOf(entry), 1);
      if (layers.length === 0) document.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}
