import { useEffect, useRef, type MouseEvent } from 'react';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { ticketSelection } from './selectionStore.ts';
import { pageSelectionState, useIsTicketSelected, useTicketSelection } from './useTicketSelection.ts';
import classes from './Selection.module.css';

/** A row's (or card's) checkbox: a click toggles it, a shift-click the range from the last one toggled. */
export function TicketCheckbox({ ticketId }: { ticketId: number }) {
  const { t } = useI18n();
  const selected = useIsTicketSelected(ticketId);
  const onClick = (event: MouseEvent<HTMLInputElement>) => {
    if (event.shiftKey) ticketSelection.toggleRange(ticketId);
    else ticketSelection.toggle(ticketId);
  };
  return (
    <input
      type="checkbox"
      className={classes.checkbox}
      checked={selected}
      onChange={() => {}}
      onClick={onClick}
      aria-label={t('list.select.ticket', { id: ticketId })}
    />
  );
}

/** The header's checkbox: the page's tickets, checked when all are, mixed when some are. */
export function PageCheckbox({ visibleIds }: { visibleIds: readonly number[] }) {
  const { t } = useI18n();
  const state = pageSelectionState(useTicketSelection(), visibleIds);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (input.current) input.current.indeterminate = state === 'some';
  }, [state]);
  return (
    <input
      ref={input}
      type="checkbox"
      className={classes.checkbox}
      checked={state === 'all'}
      disabled={visibleIds.length === 0}
      onChange={() => ticketSelection.togglePage()}
      aria-label={t('list.select.page')}
    />
  );
}

/** Says how many tickets are selected after each change, for screen readers. */
export function SelectionAnnouncer({ total }: { total: number }) {
  const { t } = useI18n();
  const selection = useTicketSelection();
  const count = selection.ids.size;
  const text = selection.allMatching
    ? t('list.selectedAll', { count: total })
    : count > 0
      ? t('list.selected', { count })
      : '';
  return (
    <div className={classes.visuallyHidden} role="status" aria-live="polite">
      {text}
    </div>
  );
}
