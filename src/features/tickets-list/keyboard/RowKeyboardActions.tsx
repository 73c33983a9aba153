import { notifications } from '@mantine/notifications';
import { useEffect, useRef, type CSSProperties } from 'react';
import type { Ticket } from '../../../contract/models.ts';
import { useCurrentUser } from '../../../lib/api/auth/getSession.ts';
import { canWork } from '../../../lib/api/auth/roles.ts';
import { useAssignToMeWithUndo } from '../../../lib/feedback/useAssignToMeWithUndo.ts';
import { useStateChangeWithUndo } from '../../../lib/feedback/useStateChangeWithUndo.ts';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { announce } from '../../../lib/keyboard/announcer.ts';
import { StateMenu } from '../../../lib/ui/StateMenu.tsx';
import { focusRow, rowById } from './listRows.ts';

export type RowActionRequest = { kind: 'assign' | 'state'; ticket: Ticket; nonce: number };

type RowKeyboardActionsProps = { request: RowActionRequest | null; onDone: () => void };

/** Where the state menu hangs: over the row, invisible, naming the menu for screen readers. */
function anchorStyle(row: HTMLElement | null): CSSProperties {
  const box = row?.getBoundingClientRect();
  return {
    position: 'fixed',
    top: box?.top ?? 0,
    left: box?.left ?? 0,
    width: box?.width ?? 0,
    height: box?.height ?? 0,
    opacity: 0,
    pointerEvents: 'none',
    border: 0,
    padding: 0,
  };
}

/**
 * What the list's `a` and `s` do, loaded on first use: the row menu's assign-to-me (its notice and
 * Undo) and the ticket page's state menu, anchored to the row; the focus goes back to the row after.
 */
export default function RowKeyboardActions({ request, onDone }: RowKeyboardActionsProps) {
  const { t } = useI18n();
  const user = useCurrentUser();
  const assigning = useAssignToMeWithUndo();
  const states = useStateChangeWithUndo();
  const handled = useRef<number | null>(null);

  useEffect(() => {
    if (request?.kind !== 'assign' || handled.current === request.nonce) return;
    handled.current = request.nonce;
    const { ticket } = request;
    const reason = assigning.unavailableReason(ticket);
    if (reason) {
      announce(reason);
      notifications.show({ color: 'yellow', message: reason });
    } else {
      announce(t('keyboard.announce.assigning', { id: ticket.id }));
      void assigning.assignToMe(ticket);
    }
    onDone();
  }, [request, assigning, onDone, t]);

  if (request?.kind !== 'state') return null;
  const { ticket } = request;
  const row = rowById(ticket.id);
  const close = () => {
    onDone();
    // After the menu has let the focus go.
    requestAnimationFrame(() => {
      const again = rowById(ticket.id);
      if (again) focusRow(again);
    });
  };
  return (
    <StateMenu
      key={request.nonce}
      state={ticket.state}
      pending={states.pending}
      onChange={(next) => void states.changeState(ticket, next)}
      blockedReason={canWork(user) ? null : t('detail.cannotWork')}
      anchor={{
        target: (
          <button type="button" tabIndex={-1} style={anchorStyle(row)}>
            {t('keyboard.stateMenu.label', { id: ticket.id })}
          </button>
        ),
        onClose: close,
      }}
    />
  );
}
