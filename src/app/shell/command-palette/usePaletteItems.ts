import { notifications } from '@mantine/notifications';
import {
  IconArrowsExchange,
  IconExternalLink,
  IconFilter,
  IconKeyboard,
  IconList,
  IconPlus,
  IconReportAnalytics,
  IconSend,
  IconTicket,
  IconUserCheck,
} from '@tabler/icons-react';
import type { Icon } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { invitationBlock, invitationChannels, isResend } from '../../../contract/ticketActions.ts';
import { allowedTransitions } from '../../../contract/transitions.ts';
import type { Ticket } from '../../../contract/models.ts';
import { useCurrentUser } from '../../../lib/api/auth/getSession.ts';
import { canWork } from '../../../lib/api/auth/roles.ts';
import { refusalReason } from '../../../lib/api/tickets/refusal.ts';
import { useSavedViews } from '../../../lib/api/views/getSavedViews.ts';
import { useErrorText } from '../../../lib/feedback/errorMessage.ts';
import { useAssignToMeWithUndo } from '../../../lib/feedback/useAssignToMeWithUndo.ts';
import { useInviteWithNotice } from '../../../lib/feedback/useInviteWithNotice.ts';
import { useStateChangeWithUndo } from '../../../lib/feedback/useStateChangeWithUndo.ts';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { useFocusedTicket } from '../../../lib/keyboard/focusedTicket.ts';
import { lastListView } from '../../../lib/list-view/ticketListView.ts';
import { paths } from '../../../lib/routing/paths.ts';
import { MIN_LOOKUP_LENGTH, useTicketLookup } from './useTicketLookup.ts';

export type PaletteItem = {
  id: string;
  label: string;
  description?: string;
  icon: Icon;
  run: () => void;
};
export type PaletteGroup = { id: string; label: string; items: PaletteItem[] };
export type LookupStatus = { kind: 'searching' | 'noneFound' | 'failed'; text: string } | null;

const ID_QUERY = /^#\s*(\d{1,9})$|^(\d{1,9})$/;

/** Case and accents aside, so "etat" finds "État". */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

type Options = { opened: boolean; showSupervision: boolean; onShowShortcuts: () => void };

/**
 * What the palette offers for what is typed: a ticket by its number or found by reference (the
 * store's search), actions on the list's focused ticket, saved views, and places to go. The actions
 * are the app's own (lib/feedback), with their notices and Undo.
 */
export function usePaletteItems(query: string, { opened, showSupervision, onShowShortcuts }: Options) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const errorText = useErrorText();
  const focused = useFocusedTicket();
  const assigning = useAssignToMeWithUndo();
  const states = useStateChangeWithUndo();
  const inviting = useInviteWithNotice();
  const views = useSavedViews({ enabled: opened });
  const text = query.trim();
  const idMatch = ID_QUERY.exec(text);
  const lookup = useTicketLookup(text.replace(/^#/, ''), opened && text.length >= MIN_LOOKUP_LENGTH);

  const go = (href: string) => () => void navigate(href);
  const openTicket = (id: number) => go(paths.ticket.href(id));
  const ticketItem = (ticket: Ticket): PaletteItem => ({
    id: `ticket-${ticket.id}`,
    label: `#${ticket.id} ${ticket.subject || t('list.noSubject', { id: ticket.id })}`,
    description: [ticket.reference, t(`state.${ticket.state}` as 'state.open')].filter(Boolean).join(' · '),
    icon: IconTicket,
    run: openTicket(ticket.id),
  });

  const byId: PaletteItem[] = idMatch
    ? [
        {
          id: 'ticket-by-id',
          label: t('keyboard.palette.ticketById', { id: Number(idMatch[1] ?? idMatch[2]) }),
          description: t('keyboard.palette.ticketByIdHint'),
          icon: IconExternalLink,
          run: openTicket(Number(idMatch[1] ?? idMatch[2])),
        },
      ]
    : [];
  const found = (lookup.tickets ?? []).filter(
    (ticket) => !idMatch || ticket.id !== Number(idMatch[1] ?? idMatch[2]),
  );
  const ticketItems = [...byId, ...found.map(ticketItem)];

  const focusedItems: PaletteItem[] = [];
  if (focused) {
    const channel = invitationChannels(focused)[0];
    focusedItems.push({
      id: 'focused-open',
      label: t('keyboard.palette.action.open'),
      icon: IconExternalLink,
      run: openTicket(focused.id),
    });
    if (assigning.unavailableReason(focused) === null) {
      focusedItems.push({
        id: 'focused-assign',
        label: t('keyboard.palette.action.assignToMe'),
        icon: IconUserCheck,
        run: () => void assigning.assignToMe(focused),
      });
    }
    if (canWork(user) && channel && !invitationBlock(focused)) {
      focusedItems.push({
        id: 'focused-invite',
        label: t(isResend(focused) ? 'keyboard.palette.action.resend' : 'keyboard.palette.action.invite'),
        icon: IconSend,
        run: () =>
          void inviting.invite(focused, channel).catch((error: unknown) =>
            notifications.show({
              color: 'red',
              autoClose: 8000,
              message: t('detail.invite.failed', { reason: refusalReason(error) ?? errorText(error) }),
            }),
          ),
      });
    }
    // Closing asks to confirm on the ticket page and in the list's state menu (s): not offered here.
    if (canWork(user)) {
      for (const state of allowedTransitions(focused.state).filter((next) => next !== 'closed')) {
        focusedItems.push({
          id: `focused-state-${state}`,
          label: t('keyboard.palette.action.state', { state: t(`state.${state}`) }),
          icon: IconArrowsExchange,
          run: () => void states.changeState(focused, state),
        });
      }
    }
  }

  const viewItems: PaletteItem[] = (views.data ?? []).map((view) => ({
    id: `view-${view.id}`,
    label: view.name,
    icon: IconFilter,
    run: go(paths.tickets.href(view.query)),
  }));

  const goItems: PaletteItem[] = [
    {
      id: 'go-list',
      label: t('keyboard.palette.go.list'),
      icon: IconList,
      run: go(paths.tickets.href(lastListView())),
    },
    {
      id: 'go-new',
      label: t('keyboard.palette.go.newTicket'),
      icon: IconPlus,
      run: go(paths.newTicket.href()),
    },
    ...(showSupervision
      ? [
          {
            id: 'go-supervision',
            label: t('keyboard.palette.go.supervision'),
            icon: IconReportAnalytics,
            run: go(paths.supervision.href()),
          },
        ]
      : []),
    {
      id: 'go-shortcuts',
      label: t('keyboard.palette.go.shortcuts'),
      icon: IconKeyboard,
      run: onShowShortcuts,
    },
  ];

  // Typed words narrow the commands; the tickets found are the store's answer to those same words.
  const matches = (item: PaletteItem) => text === '' || fold(item.label).includes(fold(text));
  const groups: PaletteGroup[] = [
    { id: 'ticket', label: t('keyboard.palette.group.ticket'), items: ticketItems },
    {
      id: 'focused',
      label: focused ? t('keyboard.palette.group.focused', { id: focused.id }) : '',
      items: focusedItems.filter(matches),
    },
    { id: 'views', label: t('keyboard.palette.group.views'), items: viewItems.filter(matches) },
    { id: 'go', label: t('keyboard.palette.group.go'), items: goItems.filter(matches) },
  ].filter((group) => group.items.length > 0);

  const status: LookupStatus = lookup.loading
    ? { kind: 'searching', text }
    : lookup.error
      ? { kind: 'failed', text: errorText(lookup.error) }
      : lookup.tickets && lookup.tickets.length === 0 && byId.length === 0
        ? { kind: 'noneFound', text: lookup.text }
        : null;

  return { groups, status };
}
