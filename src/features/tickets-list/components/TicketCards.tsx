import { Skeleton } from '@mantine/core';
import { memo, type ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import type { Ticket } from '../../../contract/models.ts';
import { StateBadge } from '../../../lib/ui/StateBadge.tsx';
import { AgentName, requestorLabel, SubjectLink } from './TicketCells.tsx';
import { RowActions } from './RowActions.tsx';
import classes from './TicketCards.module.css';

type TicketCardsProps = {
  /** Null while the first page loads: placeholder cards are shown instead. */
  tickets: Ticket[] | null;
  skeletonCards: number;
  /** Before the card's content (the bulk selection's checkbox), when there is one. */
  leading?: (ticket: Ticket) => ReactNode;
  onCardIntent?: (ticket: Ticket) => void;
  stale?: boolean;
};

/** Under 768 px: a card per ticket, in one column (state, subject, requestor, start, agent). */
export function TicketCards({ tickets, skeletonCards, leading, onCardIntent, stale }: TicketCardsProps) {
  const { t } = useI18n();
  return (
    <ul
      className={classes.cards}
      aria-label={t('list.cards.label')}
      aria-busy={tickets === null || Boolean(stale)}
      data-stale={stale || undefined}
    >
      {tickets === null
        ? Array.from({ length: skeletonCards }, (_, index) => (
            <li key={index} className={classes.card} aria-hidden>
              <Skeleton height={12} width="30%" />
              <Skeleton height={14} width="90%" mt={8} />
              <Skeleton height={12} width="60%" mt={8} />
            </li>
          ))
        : tickets.map((ticket) => (
            <TicketCard key={ticket.id} ticket={ticket} leading={leading?.(ticket)} onIntent={onCardIntent} />
          ))}
    </ul>
  );
}

const TicketCard = memo(function TicketCard({
  ticket,
  leading,
  onIntent,
}: {
  ticket: Ticket;
  leading?: ReactNode;
  onIntent?: (ticket: Ticket) => void;
}) {
  const i18n = useI18n();
  const { t, formatDateTime, formatRelative } = i18n;
  const intent = onIntent ? () => onIntent(ticket) : undefined;
  const requestor = requestorLabel(ticket);
  return (
    <li className={classes.card} data-ticket-id={ticket.id} onFocus={intent} onMouseEnter={intent}>
      <div className={classes.top}>
        {leading !== undefined && <div className={classes.leading}>{leading}</div>}
        <StateBadge state={ticket.state} />
        <span className={classes.id}>#{ticket.id}</span>
        <time
          className={classes.start}
          dateTime={ticket.start_time}
          title={formatRelative(ticket.start_time)}
        >
          <span className={classes.visuallyHidden}>{t('list.col.start_time')} </span>
          {formatDateTime(ticket.start_time)}
        </time>
        <div className={classes.actions}>
          <RowActions ticket={ticket} />
        </div>
      </div>
      <div className={classes.subject}>
        <SubjectLink ticket={ticket} i18n={i18n} />
      </div>
      <div className={classes.meta}>
        <span className={classes.metaItem}>
          <span className={classes.visuallyHidden}>{t('list.col.requestor')} </span>
          {requestor ?? t('common.none')}
        </span>
        <span className={classes.metaItem}>
          <span className={classes.visuallyHidden}>{t('list.col.agent')} </span>
          <AgentName ticket={ticket} i18n={i18n} size="xs" />
        </span>
      </div>
    </li>
  );
});
