import { describe, expect, it } from 'vitest';
import { createSequenceMatcher, type KeyPress } from './sequenceMatcher.ts';
import { SHORTCUTS } from './shortcuts.ts';

const press = (key: string, time: number, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  time,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

function idOf(result: ReturnType<ReturnType<typeof createSequenceMatcher>['feed']>) {
  return result.kind === 'match' ? result.shortcut.id : result.kind;
}

describe('createSequenceMatcher', () => {
  it('matches single keys and their alternatives', () => {
    const matcher = createSequenceMatcher(SHORTCUTS);
    expect(idOf(matcher.feed(press('j', 0)))).toBe('list.next');
    expect(idOf(matcher.feed(press('ArrowDown', 10)))).toBe('list.next');
    expect(idOf(matcher.feed(press('k', 20)))).toBe('list.previous');
    expect(idOf(matcher.feed(press('Enter', 30)))).toBe('list.open');
    expect(idOf(matcher.feed(press('o', 40)))).toBe('list.open');
    expect(idOf(matcher.feed(press('q', 50)))).toBe('none');
  });

  it('matches g then l within a second, and not after', () => {
    const matcher = createSequenceMatcher(SHORTCUTS);
    expect(idOf(matcher.feed(press('g', 1000)))).toBe('pending');
    expect(idOf(matcher.feed(press('l', 1999)))).toBe('go.list');

    expect(idOf(matcher.feed(press('g', 5000)))).toBe('pending');
    expect(idOf(matcher.feed(press('l', 6001)))).toBe('none');
  });

  it('reads s after g as the sequence, and s alone as the list key', () => {
    const matcher = createSequenceMatcher(SHORTCUTS);
    matcher.feed(press('g', 0));
    expect(idOf(matcher.feed(press('s', 200)))).toBe('go.supervision');
    expect(idOf(matcher.feed(press('s', 400)))).toBe('list.changeState');
  });

  it('starts afresh on a key that does not continue the sequence', () => {
    const matcher = createSequenceMatcher(SHORTCUTS);
    matcher.feed(press('g', 0));
    expect(idOf(matcher.feed(press('x', 100)))).toBe('list.select');
    // The sequence is gone: n alone means nothing.
    expect(idOf(matcher.feed(press('n', 200)))).toBe('none');
  });

  it('lets Shift pass between the keys and in characters such as ?', () => {
    const matcher = createSequenceMatcher(SHORTCUTS);
    expect(idOf(matcher.feed(press('Shift', 0, { shiftKey: true })))).toBe('none');
    expect(idOf(matcher.feed(press('?', 10, { shiftKey: true })))).toBe('help');
    matcher.feed(press('g', 100));
    expect(idOf(matcher.feed(press('Shift', 150, { shiftKey: true })))).toBe('pending');
    expect(idOf(matcher.feed(press('n', 200)))).toBe('go.newTicket');
  });

  it('ignores keys held with Ctrl, ⌘ or Alt unless bound with a modifier', () => {
    const matcher = createSequenceMatcher(SHORTCUTS);
    expect(idOf(matcher.feed(press('j', 0, { ctrlKey: true })))).toBe('none');
    expect(idOf(matcher.feed(press('j', 10, { metaKey: true })))).toBe('none');
    expect(idOf(matcher.feed(press('j', 20, { altKey: true })))).toBe('none');
    expect(idOf(matcher.feed(press('ArrowDown', 30, { shiftKey: true })))).toBe('none');
    // A modifier in the middle breaks a sequence.
    matcher.feed(press('g', 100));
    matcher.feed(press('c', 150, { ctrlKey: true }));
    expect(idOf(matcher.feed(press('l', 200)))).toBe('none');
  });

  it('matches Ctrl+K and ⌘K, and not k alone, Alt+Ctrl+K or Ctrl+⌘+K', () => {
    const matcher = createSequenceMatcher(SHORTCUTS);
    expect(idOf(matcher.feed(press('k', 0, { ctrlKey: true })))).toBe('palette');
    expect(idOf(matcher.feed(press('k', 10, { metaKey: true })))).toBe('palette');
    expect(idOf(matcher.feed(press('K', 20, { ctrlKey: true, shiftKey: true })))).toBe('palette');
    expect(idOf(matcher.feed(press('k', 30, { ctrlKey: true, altKey: true })))).toBe('none');
    expect(idOf(matcher.feed(press('k', 40, { ctrlKey: true, metaKey: true })))).toBe('none');
    expect(idOf(matcher.feed(press('k', 50)))).toBe('list.previous');
  });

  it('does not match a capital letter for a lower-case binding', () => {
    const matcher = createSequenceMatcher(SHORTCUTS);
    expect(idOf(matcher.feed(press('J', 0, { shiftKey: true })))).toBe('none');
  });
});
