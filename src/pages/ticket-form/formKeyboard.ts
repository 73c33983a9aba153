import type { KeyboardEvent } from 'react';

/** Ctrl+Enter (Cmd+Enter on a Mac) submits the form from any field. */
export function isSubmitShortcut(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.nativeEvent.isComposing;
}

/** Moves the focus to the first field marked invalid, in the order the form shows them. */
export function focusFirstInvalid(form: HTMLElement | null): void {
  // After React has rendered the errors.
  requestAnimationFrame(() => {
    const field = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (!field) return;
    field.focus();
    field.scrollIntoView({ block: 'center', behavior: 'smooth' });
  });
}
