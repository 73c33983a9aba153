import { Text } from '@mantine/core';
import { memo } from 'react';
import { Link } from 'react-router';
import { contactName } from '../../../lib/api/directory/getContacts.ts';
import { userFullName } from '../../../lib/api/directory/getUsers.ts';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { paths } from '../../../lib/routing/paths.ts';
import type { Ticket } from '../../../contract/models.ts';
import { StateBadge } from '../../../lib/ui/StateBadge.tsx';
import { RowActions } from './RowActions.tsx';
import classes from './TicketTable.module.css';

type TicketRowProps = {
  ticket: Ticket;
  /** The pointer or focus is on the row: a good moment to prefetch its detail. */
  onIntent?: (ticket: Ticket) => void;
};

function requestorLabel(ticket: Ticket): string | null {
  const requestor = ticket.requestor;
  if (!requestor) return null;
  return contactName(requestor) || requestor.company || requestor.email[0] || requestor.phone[0] || null;
}

/**
 * One ticket. The subject is a real link stretched over the row: click, middle-click, Ctrl+click
 * and Enter all behave like a link.
 */
export const TicketRow = memo(function TicketRow({ ticket, onIntent }: TicketRowProps) {
  const { t, formatDate, formatDateTime, formatTime, formatRelative } = useI18n();
  const none = t('common.none');
  const intent = onIntent ? () => onIntent(ticket) : undefined;
  const requestor = requestorLabel(ticket);
  return (
    <tr className={classes.row} onMouseEnter={intent} onFocus={intent}>
      <td className={classes.nowrap}>{ticket.id}</td>
      <td>
        <StateBadge state={ticket.state} />
      </td>
      <td className={classes.subject} title={ticket.subject}>
        <Link to={paths.ticket.href(ticket.id)} className={classes.rowLink}>
          <span className={classes.clamp}>{ticket.subject || t('list.noSubject', { id: ticket.id })}</span>
        </Link>
      </td>
      <td className={classes.nowrap}>{ticket.reference || none}</td>
      <td className={classes.nowrap}>
        {requestor ?? none}
        {ticket.requestor?.company && requestor !== ticket.requestor.company && (
          <Text size="xs" c="dimmed">
            {ticket.requestor.company}
          </Text>
        )}
      </td>
      <td className={classes.nowrap}>
        {ticket.agent ? (
          userFullName(ticket.agent)
        ) : (
          <Text span size="sm" c="dimmed">
            {t('list.unassigned')}
          </Text>
        )}
      </td>
      <td className={classes.nowrap}>{ticket.group?.name ?? none}</td>
      <td className={classes.nowrap} title={t(`type.${ticket.type}`)}>
        {t(`list.type.${ticket.type}`)}
      </td>
      <td className={classes.nowrap}>
        <time dateTime={ticket.start_time} title={formatDateTime(ticket.start_time)}>
          {formatDate(ticket.start_time)}
          <Text span display="block" size="xs" c="dimmed">
            {formatTime(ticket.start_time)} · {formatRelative(ticket.start_time)}
          </Text>
        </time>
      </td>
      <td className={classes.nowrap}>{t('duration.minutes', { count: ticket.duration })}</td>
      <td className={classes.nowrap}>
        <time dateTime={ticket.modified} title={formatDateTime(ticket.modified)}>
          {formatRelative(ticket.modified)}
        </time>
      </td>
      <td className={classes.actionsCell}>
        <RowActions ticket={ticket} />
      </td>
    </tr>
  );
});
