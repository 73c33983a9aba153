import { VisuallyHidden } from '@mantine/core';
import { useAnnouncement } from './announcer.ts';

/** The page's one live region for keyboard moves and actions (announcer.ts); mounted by the shell. */
export function LiveAnnouncer() {
  const { text, sequence } = useAnnouncement();
  return (
    <VisuallyHidden role="status" aria-live="polite" aria-atomic="true">
      <span key={sequence}>{text}</span>
    </VisuallyHidden>
  );
}
