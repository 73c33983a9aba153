import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { contactName } from '../../../lib/api/directory/getContacts.ts';
import { userFullName } from '../../../lib/api/directory/getUsers.ts';
import type { I18n } from '../../../lib/i18n/I18nProvider.tsx';
import { paths } from '../../../lib/routing/paths.ts';
import type { Ticket } from '../../../contract/models.ts';
import { StateBadge } from '../../../lib/ui/StateBadge.tsx';
import type { Density } from '../columns/columnPreferences.ts';
import type { TicketColumn } from '../columns/ticketColumns.ts';
import classes from './TicketTable.module.css';

export function requestorLabel(ticket: Ticket): string | null {
  const requestor = ticket.requestor;
  if (!requestor) return null;
  return contactName(requestor) || requestor.company || requestor.email[0] || requestor.phone[0] || null;
}

/** The ticket's subject as a link to it (the row's or card's one link, stretched over it). */
export function SubjectLink({ ticket, i18n }: { ticket: Ticket; i18n: I18n }) {
  const subject = ticket.subject || i18n.t('list.noSubject', { id: ticket.id });
  return (
    // The title is the whole subject, for when the cell cuts it short.
    <Link to={paths.ticket.href(ticket.id)} className={classes.rowLink} title={subject}>
      <span className={classes.subjectText}>{subject}</span>
    </Link>
  );
}

export function AgentName({ ticket, i18n, size = 'sm' }: { ticket: Ticket; i18n: I18n; size?: 'xs' | 'sm' }) {
  return ticket.agent ? (
    userFullName(ticket.agent)
  ) : (
    <Text span size={size} c="dimmed">
      {i18n.t('list.unassigned')}
    </Text>
  );
}

/** What one cell of a ticket's row shows; comfortable rows add a second, dimmed line to some. */
export function cellContent(column: TicketColumn, ticket: Ticket, i18n: I18n, density: Density): ReactNode {
  const { t, formatDate, formatDateTime, formatTime, formatRelative } = i18n;
  const none = t('common.none');
  const comfortable = density === 'comfortable';
  switch (column) {
    case 'id':
      return ticket.id;
    case 'state':
      return <StateBadge state={ticket.state} />;
    case 'subject':
      return <SubjectLink ticket={ticket} i18n={i18n} />;
    case 'reference':
      return ticket.reference || none;
    case 'requestor': {
      const requestor = requestorLabel(ticket);
      const company = ticket.requestor?.company;
      return (
        <>
          {requestor ?? none}
          {comfortable && company && requestor !== company && (
            <Text size="xs" c="dimmed">
              {company}
            </Text>
          )}
        </>
      );
    }
    case 'agent':
      return <AgentName ticket={ticket} i18n={i18n} />;
    case 'group':
      return ticket.group?.name ?? none;
    case 'type':
      return <span title={t(`type.${ticket.type}`)}>{t(`list.type.${ticket.type}`)}</span>;
    case 'start_time':
      return (
        <time dateTime={ticket.start_time} title={formatRelative(ticket.start_time)}>
          {comfortable ? formatDate(ticket.start_time) : formatDateTime(ticket.start_time)}
          {comfortable && (
            <Text span display="block" size="xs" c="dimmed">
              {formatTime(ticket.start_time)} · {formatRelative(ticket.start_time)}
            </Text>
          )}
        </time>
      );
    case 'duration':
      return t('duration.minutes', { count: ticket.duration });
    case 'modified':
      return (
        <time dateTime={ticket.modified} title={formatDateTime(ticket.modified)}>
          {formatRelative(ticket.modified)}
        </time>
      );
  }
}
