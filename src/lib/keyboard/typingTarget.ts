/** Inputs that take no typed text: a letter pressed on them is free for a shortcut. */
const NON_TEXT_INPUT_TYPES = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'range',
  'color',
  'file',
  'image',
]);

const TYPING_ANCESTOR =
  '[contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"], [role="textbox"], [role="searchbox"], [role="combobox"], [role="spinbutton"]';

/** Where a key press types text: shortcuts keep their hands off. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return !NON_TEXT_INPUT_TYPES.has((target as HTMLInputElement).type);
  return target.closest(TYPING_ANCESTOR) !== null;
}

/**
 * Inside an open dialog, menu or list box: the widget has keys of its own (arrows, letters to jump),
 * so the page's shortcuts wait until it closes.
 */
export function isInsideWidget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return target.closest('[role="dialog"], [role="alertdialog"], [role="menu"], [role="listbox"]') !== null;
}
