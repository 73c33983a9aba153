import './rowFocus.css';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Ticket } from '../../../contract/models.ts';
import { activeLocale, loadMessages } from '../../../lib/i18n/registry.ts';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { announce } from '../../../lib/keyboard/announcer.ts';
import { focusedTicket, setFocusedTicket } from '../../../lib/keyboard/focusedTicket.ts';
import { useShortcuts, type ShortcutHandler } from '../../../lib/keyboard/useShortcuts.ts';
import { preloadWhenIdle } from '../../../lib/preloadWhenIdle.ts';
import { paths } from '../../../lib/routing/paths.ts';
import { ticketSelection } from '../selection/selectionStore.ts';
import {
  focusRow,
  listRows,
  rememberOpenedRow,
  rowOf,
  rowTicketId,
  setRovingRow,
  takeOpenedRow,
} from './listRows.ts';
import type { RowActionRequest } from './RowKeyboardActions.tsx';

const loadActions = () => import('./RowKeyboardActions.tsx');
// Its words are the ticket page's (the row menu's notices) and the keyboard's.
const RowKeyboardActions = lazy(() =>
  Promise.all([loadActions(), loadMessages(['detail', 'keyboard'], activeLocale())]).then(
    ([module]) => module,
  ),
);
const loadWords = () => loadMessages(['keyboard'], activeLocale());

const SEARCH_FIELD = 'main input[type="search"]';

/**
 * The list's keys (lib/keyboard/shortcuts.ts): j/k and the arrows move a visible focus through the
 * rows, Enter/o opens, x selects, / searches, a assigns to me, s opens the state menu; each move and
 * action is announced. Back from a ticket puts the focus on the row it was opened from.
 */
export function ListKeyboard({ tickets }: { tickets: Ticket[] | null }) {
  const navigate = useNavigate();
  const { t } = useI18n();
  const [request, setRequest] = useState<RowActionRequest | null>(null);
  const byId = useRef(new Map<number, Ticket>());
  // First of the effects: the ones below read it.
  useEffect(() => {
    byId.current = new Map((tickets ?? []).map((ticket) => [ticket.id, ticket]));
    // The palette acts on the focused ticket as it is now (a live update may have changed it).
    const focused = focusedTicket();
    if (focused && byId.current.has(focused.id)) setFocusedTicket(byId.current.get(focused.id)!);
  }, [tickets]);

  const say = (words: () => string) => void loadWords().then(() => announce(words()));
  const announceRow = (row: HTMLElement) => {
    const rows = listRows();
    const id = rowTicketId(row);
    const ticket = byId.current.get(id);
    say(() =>
      t('keyboard.announce.row', {
        id,
        subject: ticket?.subject || t('list.noSubject', { id }),
        position: rows.indexOf(row) + 1,
        count: rows.length,
      }),
    );
  };

  useEffect(() => {
    preloadWhenIdle(loadActions);
    preloadWhenIdle(loadWords);
  }, []);

  // The page's rows changed (page, filters, live update): keep one of them in the Tab order, and on
  // coming back from a ticket, the focus on the row it was opened from.
  useEffect(() => {
    if (!tickets) return;
    const rows = listRows();
    const back = takeOpenedRow();
    const previous = rows.find((row) => row.tabIndex === 0);
    const returning = back === null ? undefined : rows.find((row) => rowTicketId(row) === back);
    setRovingRow(rows, returning ?? previous);
    if (returning) {
      focusRow(returning);
      announceRow(returning);
    }
    // announceRow reads the current rows through refs: the rows changing is what matters here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tickets]);

  // Wherever the focus enters a row (keys, Tab, a click), that row is the current one: for the
  // palette's actions and for Back. A link followed from a row is where Back returns.
  useEffect(() => {
    const onFocusIn = (event: FocusEvent) => {
      const row = rowOf(event.target as Element | null);
      if (!row) return;
      setRovingRow(listRows(), row);
      setFocusedTicket(byId.current.get(rowTicketId(row)) ?? null);
    };
    const onClick = (event: MouseEvent) => {
      const target = event.target as Element | null;
      const row = rowOf(target);
      if (row && target?.closest('a[href]')) rememberOpenedRow(rowTicketId(row));
    };
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('click', onClick, true);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('click', onClick, true);
      setFocusedTicket(null);
    };
  }, []);

  const currentRow = () => rowOf(document.activeElement);
  const currentTicket = () => {
    const row = currentRow();
    const ticket = row && byId.current.get(rowTicketId(row));
    if (!ticket) say(() => t('keyboard.announce.noTicket'));
    return ticket ?? null;
  };

  const move =
    (step: 1 | -1): ShortcutHandler =>
    (event) => {
      const here = currentRow();
      // The arrows move only from a row itself: elsewhere they scroll, or move a widget's cursor.
      if (event.key.startsWith('Arrow') && (!here || document.activeElement !== here)) return false;
      const rows = listRows();
      if (rows.length === 0) return void say(() => t('keyboard.announce.noRows'));
      const from = here ? rows.indexOf(here) : -1;
      // Coming from outside the rows, the first key lands on the current (roving) row.
      const index =
        from < 0
          ? Math.max(
              0,
              rows.findIndex((row) => row.tabIndex === 0),
            )
          : Math.min(rows.length - 1, Math.max(0, from + step));
      const row = rows[index]!;
      focusRow(row);
      announceRow(row);
    };

  const open = (id: number) => {
    rememberOpenedRow(id);
    void navigate(paths.ticket.href(id));
  };

  useShortcuts({
    'list.next': move(1),
    'list.previous': move(-1),
    'list.open': (event) => {
      const row = currentRow();
      // Enter on a link or button inside the row is theirs.
      if (!row || (event.key === 'Enter' && document.activeElement !== row)) return false;
      open(rowTicketId(row));
    },
    'list.select': () => {
      const ticket = currentTicket();
      if (!ticket) return;
      ticketSelection.toggle(ticket.id);
      const selected = ticketSelection.isSelected(ticket.id);
      say(() =>
        t(selected ? 'keyboard.announce.selected' : 'keyboard.announce.deselected', { id: ticket.id }),
      );
    },
    'list.search': () => {
      const field = document.querySelector<HTMLInputElement>(SEARCH_FIELD);
      if (!field) return false;
      field.focus();
      field.select();
    },
    'list.leaveSearch': (event) => {
      if (!(event.target instanceof HTMLInputElement) || !event.target.matches(SEARCH_FIELD)) return false;
      const rows = listRows();
      const row = rows.find((candidate) => candidate.tabIndex === 0) ?? rows[0];
      if (row) {
        focusRow(row);
        announceRow(row);
      } else {
        // No rows to go to (nothing matches): out of the field all the same, for the keys to work.
        document.querySelector<HTMLElement>('main')?.focus();
        say(() => t('keyboard.announce.noRows'));
      }
    },
    'list.assignToMe': () => {
      const ticket = currentTicket();
      if (ticket) setRequest({ kind: 'assign', ticket, nonce: performance.now() });
    },
    'list.changeState': () => {
      const ticket = currentTicket();
      if (ticket) setRequest({ kind: 'state', ticket, nonce: performance.now() });
    },
  });

  // Mounted from the first request on, and kept: a state change's Undo lives in its hooks.
  const [actionsMounted, setActionsMounted] = useState(false);
  if (request && !actionsMounted) setActionsMounted(true);
  if (!actionsMounted) return null;
  return (
    <Suspense fallback={null}>
      <RowKeyboardActions request={request} onDone={() => setRequest(null)} />
    </Suspense>
  );
}
