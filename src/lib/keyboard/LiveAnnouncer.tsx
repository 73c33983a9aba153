import { VisuallyHidden } from '@mantine/core';
import { useAnnouncement } from './announcer.ts';

/** Its id: present once the shortcuts' code is there (the specs wait for it). */
export const KEYBOARD_ANNOUNCER_ID = 'keyboard-announcer';

/** The page's one live region for keyboard moves and actions (announcer.ts); mounted by the shell. */
export function LiveAnnouncer() {
  const { text, sequence } = useAnnouncement();
  return (
    <VisuallyHidden id={KEYBOARD_ANNOUNCER_ID} role="status" aria-live="polite" aria-atomic="true">
      <span key={sequence}>{text}</span>
    </VisuallyHidden>
  );
}
