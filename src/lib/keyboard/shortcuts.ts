/**
 * Every keyboard shortcut of the app, in one place: the handlers (lib/keyboard/useShortcuts.ts) match
 * keys against it and the cheat sheet lists it, so the two cannot drift apart. A sequence is keys
 * pressed one after the other (`g` then `l`); `withModifier` means Ctrl (⌘ on a Mac) with the key.
 */
export type ShortcutScope = 'list' | 'global';

export type Shortcut = {
  id: ShortcutId;
  scope: ShortcutScope;
  sequences: readonly (readonly string[])[];
  /** Ctrl or ⌘ held with the (single) key. */
  withModifier?: boolean;
  /** Also while typing in a field (the palette's Ctrl+K, Escape out of the search). */
  whileTyping?: boolean;
};

export const SHORTCUT_IDS = [
  'list.next',
  'list.previous',
  'list.open',
  'list.select',
  'list.search',
  'list.leaveSearch',
  'list.assignToMe',
  'list.changeState',
  'go.list',
  'go.newTicket',
  'go.supervision',
  'help',
  'palette',
] as const;

export type ShortcutId = (typeof SHORTCUT_IDS)[number];

export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'list.next', scope: 'list', sequences: [['j'], ['ArrowDown']] },
  { id: 'list.previous', scope: 'list', sequences: [['k'], ['ArrowUp']] },
  { id: 'list.open', scope: 'list', sequences: [['Enter'], ['o']] },
  { id: 'list.select', scope: 'list', sequences: [['x']] },
  { id: 'list.search', scope: 'list', sequences: [['/']] },
  { id: 'list.leaveSearch', scope: 'list', sequences: [['Escape']], whileTyping: true },
  { id: 'list.assignToMe', scope: 'list', sequences: [['a']] },
  { id: 'list.changeState', scope: 'list', sequences: [['s']] },
  { id: 'go.list', scope: 'global', sequences: [['g', 'l']] },
  { id: 'go.newTicket', scope: 'global', sequences: [['g', 'n']] },
  { id: 'go.supervision', scope: 'global', sequences: [['g', 's']] },
  { id: 'help', scope: 'global', sequences: [['?']] },
  { id: 'palette', scope: 'global', sequences: [['k']], withModifier: true, whileTyping: true },
];

/** Window time between the keys of a sequence (`g`, then `l` within a second). */
export const SEQUENCE_TIMEOUT_MS = 1000;
