import { IconDots } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { activeLocale, loadMessages } from '../../../lib/i18n/registry.ts';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import type { Ticket } from '../../../contract/models.ts';
import classes from './TicketTable.module.css';

// The menu, what it does and its words (the ticket page's, in the language shown) load on the first
// click: the list's first screen stays as light as it was.
const RowActionsMenu = lazy(async () => {
  const [menu] = await Promise.all([
    import('./RowActionsMenu.tsx'),
    loadMessages(['detail'], activeLocale()),
  ]);
  return menu;
});

/** The row's menu button (last cell): invite, join the call, copy the customer's link, assign to me. */
export function RowActions({ ticket }: { ticket: Ticket }) {
  const { t } = useI18n();
  const [wanted, setWanted] = useState(false);
  const label = t('list.row.actions', { id: ticket.id });
  const trigger = (busy: boolean) => (
    <button
      type="button"
      className={classes.rowMenuButton}
      aria-label={label}
      aria-haspopup="menu"
      aria-busy={busy || undefined}
      onClick={() => setWanted(true)}
    >
      <IconDots size={18} aria-hidden />
    </button>
  );
  if (!wanted) return trigger(false);
  return (
    <Suspense fallback={trigger(true)}>
      <RowActionsMenu ticket={ticket} label={label} />
    </Suspense>
  );
}
