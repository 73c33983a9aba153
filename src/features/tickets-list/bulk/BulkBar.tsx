import '@mantine/core/styles/Button.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Paper.css';
import { Alert, Button, Group, Modal, Paper, Text } from '@mantine/core';
import { IconMailForward, IconTrash, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import type { BulkAction } from '../../../contract/bulk.ts';
import type { Ticket } from '../../../contract/models.ts';
import type { ListTicketsInput } from '../../../contract/requests.ts';
import { useCurrentUser } from '../../../lib/api/auth/getSession.ts';
import { canSupervise } from '../../../lib/api/auth/roles.ts';
import { useStartBulkJob } from '../../../lib/api/bulk/startBulkJob.ts';
import { useErrorText } from '../../../lib/feedback/errorMessage.ts';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { ExportCsvButton } from '../export/ExportCsvButton.tsx';
import { ticketSelection } from '../selection/selectionStore.ts';
import { useTicketSelection } from '../selection/useTicketSelection.ts';
import { BulkAssignPopover } from './BulkAssignPopover.tsx';
import { BulkProgress } from './BulkProgress.tsx';
import { BulkStateMenu } from './BulkStateMenu.tsx';
import { bulkRequest, bulkTargets } from './bulkTargets.ts';
import classes from './Bulk.module.css';

export type BulkBarProps = {
  rows: readonly Ticket[];
  total: number;
  /** The list's request: its filters are the job's when "all matching" is selected, and the CSV's. */
  params: ListTicketsInput;
  jobId: string | null;
  onJob: (jobId: string | null) => void;
};

/** Shown while tickets are selected (or a job of the user's runs): what to do to all of them. */
export default function BulkBar({ rows, total, params, jobId, onJob }: BulkBarProps) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const user = useCurrentUser();
  const selection = useTicketSelection();
  const start = useStartBulkJob();
  const [confirmDelete, setConfirmDelete] = useState(false);
  if (jobId) return <BulkProgress jobId={jobId} onClose={() => onJob(null)} onJob={onJob} />;
  const count = selection.allMatching ? total : selection.ids.size;
  if (count === 0) return null;
  const pageSelected = rows.length > 0 && rows.every((ticket) => selection.ids.has(ticket.id));
  const { targets, shown, complete } = bulkTargets(selection, rows);
  const run = (action: BulkAction) =>
    start.mutate(bulkRequest(action, selection, params), {
      onSuccess: (job) => {
        ticketSelection.clear();
        onJob(job.id);
      },
    });
  const busy = start.isPending;
  return (
    <Paper
      withBorder
      p="xs"
      radius="md"
      className={classes.bar}
      role="region"
      aria-label={t('bulk.bar.label')}
    >
      <Group gap="xs" justify="space-between" wrap="wrap">
        <Group gap="xs" wrap="wrap">
          <Text size="sm" fw={600}>
            {selection.allMatching ? t('list.selectedAll', { count }) : t('list.selected', { count })}
          </Text>
          {!selection.allMatching && pageSelected && total > rows.length && (
            <Button size="compact-xs" variant="subtle" onClick={() => ticketSelection.selectAllMatching()}>
              {t('bulk.selectAllMatching', { count: total })}
            </Button>
          )}
        </Group>
        <Group gap="xs" wrap="wrap">
          <BulkStateMenu
            targets={targets}
            shown={shown}
            complete={complete}
            disabled={busy}
            onChange={(state) => run({ type: 'state', state })}
          />
          <BulkAssignPopover disabled={busy} onAssign={run} />
          <Button
            size="xs"
            variant="light"
            leftSection={<IconMailForward size={16} aria-hidden />}
            disabled={busy}
            onClick={() => run({ type: 'invite' })}
          >
            {t('bulk.invite')}
          </Button>
          {canSupervise(user) && (
            <Button
              size="xs"
              variant="light"
              color="red"
              leftSection={<IconTrash size={16} aria-hidden />}
              disabled={busy}
              onClick={() => setConfirmDelete(true)}
            >
              {t('bulk.delete')}
            </Button>
          )}
          <ExportCsvButton params={params} />
          <Button
            size="xs"
            variant="subtle"
            color="gray"
            leftSection={<IconX size={16} aria-hidden />}
            onClick={() => ticketSelection.clear()}
          >
            {t('bulk.clear')}
          </Button>
        </Group>
      </Group>
      {start.isError && (
        <Alert color="red" mt="xs" role="alert">
          {errorText(start.error)}
        </Alert>
      )}
      <Modal
        opened={confirmDelete}
        onClose={() => setConfirmDelete(false)}
        title={t('bulk.delete.title', { count })}
      >
        <Text size="sm">{t('bulk.delete.body')}</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setConfirmDelete(false)}>
            {t('bulk.cancel')}
          </Button>
          <Button
            color="red"
            onClick={() => {
              setConfirmDelete(false);
              run({ type: 'delete' });
            }}
          >
            {t('bulk.delete.confirm')}
          </Button>
        </Group>
      </Modal>
    </Paper>
  );
}
