import '@mantine/core/styles/Badge.css';
import { Badge } from '@mantine/core';
import { Link } from 'react-router';
import type { BulkOutcome, BulkResult } from '../../../contract/bulk.ts';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { paths } from '../../../lib/routing/paths.ts';
import classes from './Bulk.module.css';

const COLORS: Record<BulkOutcome, string> = {
  pending: 'gray',
  done: 'green',
  refused: 'red',
  conflict: 'orange',
  cancelled: 'gray',
};
/** What needs a look first: refusals and conflicts, then what was not sent, then what was done. */
const ORDER: Record<BulkOutcome, number> = { refused: 0, conflict: 1, cancelled: 2, pending: 3, done: 4 };

/** One line per ticket: nothing of the batch is left unsaid. */
export function BulkResults({ results }: { results: readonly BulkResult[] }) {
  const { t } = useI18n();
  const sorted = [...results].sort((a, b) => ORDER[a.outcome] - ORDER[b.outcome]);
  return (
    <div className={classes.results}>
      <table>
        <caption className={classes.visuallyHidden}>{t('bulk.results.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('bulk.results.ticket')}</th>
            <th scope="col">{t('bulk.results.outcome')}</th>
            <th scope="col">{t('bulk.results.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((result) => (
            <tr key={result.ticketId}>
              <td>
                <Link to={paths.ticket.href(result.ticketId)}>#{result.ticketId}</Link>
              </td>
              <td>
                <Badge size="sm" variant="light" color={COLORS[result.outcome]}>
                  {t(`bulk.outcome.${result.outcome}`)}
                </Badge>
              </td>
              <td>{result.reason ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
