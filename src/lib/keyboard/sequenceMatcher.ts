import { SEQUENCE_TIMEOUT_MS, type Shortcut } from './shortcuts.ts';

/** What a key press carries that matters here (a KeyboardEvent has all of it; `time` in ms). */
export type KeyPress = {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  time: number;
};

export type MatchResult = { kind: 'match'; shortcut: Shortcut } | { kind: 'pending' } | { kind: 'none' };

/** Pressing a modifier alone neither matches nor breaks a sequence under way. */
const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock']);

const sameKeys = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((key, index) => key === b[index]);
const startsWith = (sequence: readonly string[], prefix: readonly string[]) =>
  sequence.length > prefix.length && prefix.every((key, index) => key === sequence[index]);

/**
 * Turns key presses into shortcuts: a single key, a sequence whose keys follow each other within
 * `timeoutMs`, or Ctrl/⌘ with a key. Alt never matches (it types characters on many layouts), nor
 * do Ctrl/⌘ with a key bound without them. Shift counts only through the character it gives (`?`):
 * Shift with a named key (Shift+ArrowDown) is left to the browser.
 */
export function createSequenceMatcher(shortcuts: readonly Shortcut[], timeoutMs = SEQUENCE_TIMEOUT_MS) {
  let pending: string[] = [];
  let lastTime = 0;

  const plain = shortcuts.filter((shortcut) => !shortcut.withModifier);
  const withModifier = shortcuts.filter((shortcut) => shortcut.withModifier);

  const resolve = (keys: string[]): MatchResult => {
    const exact = plain.find((shortcut) => shortcut.sequences.some((s) => sameKeys(s, keys)));
    if (exact) return { kind: 'match', shortcut: exact };
    const prefix = plain.some((shortcut) => shortcut.sequences.some((s) => startsWith(s, keys)));
    return prefix ? { kind: 'pending' } : { kind: 'none' };
  };

  const reset = () => {
    pending = [];
  };

  const feed = (press: KeyPress): MatchResult => {
    if (MODIFIER_KEYS.has(press.key)) return { kind: pending.length > 0 ? 'pending' : 'none' };
    const modifier = press.ctrlKey || press.metaKey;
    if (press.altKey || (press.ctrlKey && press.metaKey)) {
      reset();
      return { kind: 'none' };
    }
    if (modifier) {
      reset();
      const key = press.key.toLowerCase();
      const found = withModifier.find((shortcut) => shortcut.sequences.some((s) => sameKeys(s, [key])));
      return found ? { kind: 'match', shortcut: found } : { kind: 'none' };
    }
    if (press.shiftKey && press.key.length > 1) {
      reset();
      return { kind: 'none' };
    }

    const continuing = pending.length > 0 && press.time - lastTime <= timeoutMs;
    lastTime = press.time;
    if (continuing) {
      const result = resolve([...pending, press.key]);
      if (result.kind === 'pending') {
        pending = [...pending, press.key];
        return result;
      }
      if (result.kind === 'match') {
        reset();
        return result;
      }
    }
    // Not a continuation: the key starts afresh (`g` then `x` is `x`).
    const result = resolve([press.key]);
    pending = result.kind === 'pending' ? [press.key] : [];
    return result;
  };

  return { feed, reset };
}

export type SequenceMatcher = ReturnType<typeof createSequenceMatcher>;
