import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/Progress.css';
import { Button, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { ListTicketsInput } from '../../../contract/requests.ts';
import { isCsvColumn } from '../../../contract/ticketsCsv.ts';
import { useErrorText } from '../../../lib/feedback/errorMessage.ts';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { useListPreferences } from '../columns/useListPreferences.ts';
import { downloadCsv, StillSyncing } from './csvDownload.ts';

type Progressing = { kind: 'running'; rows: number; total: number | null };
type Stopped = { kind: 'failed'; message: string };
type ExportState = { kind: 'idle' } | Progressing | Stopped;

/** "Export CSV": every ticket of the list (not one page), its visible columns, in the user's language. */
export function ExportCsvButton({ params }: { params: ListTicketsInput }) {
  const { t, locale, formatNumber } = useI18n();
  const errorText = useErrorText();
  const [{ columns }] = useListPreferences();
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const start = () => {
    const controller = new AbortController();
    abort.current = controller;
    setState({ kind: 'running', rows: 0, total: null });
    const request = {
      params,
      columns: columns.filter(isCsvColumn),
      language: locale,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    };
    downloadCsv(request, (rows, total) => setState({ kind: 'running', rows, total }), controller.signal).then(
      (count) => {
        setState({ kind: 'idle' });
        notifications.show({ color: 'green', message: t('export.done', { count }) });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const message =
          error instanceof StillSyncing
            ? t('export.syncing', {
                synced: error.synced,
                total: error.total === null ? '?' : formatNumber(error.total),
              })
            : t('export.failed', { reason: errorText(error) });
        setState({ kind: 'failed', message });
      },
    );
  };
  const cancel = () => {
    abort.current?.abort();
    setState({ kind: 'idle' });
    notifications.show({ message: t('export.cancelled') });
  };

  const running = state.kind === 'running';
  return (
    <>
      <Button
        variant="default"
        size="xs"
        leftSection={<IconDownload size={16} aria-hidden />}
        onClick={start}
        loading={running}
      >
        {t('export.button')}
      </Button>
      <Modal
        opened={state.kind !== 'idle'}
        onClose={running ? cancel : () => setState({ kind: 'idle' })}
        title={t('export.title')}
        centered
      >
        {state.kind === 'running' && (
          <Stack gap="sm">
            <Progress
              value={state.total ? (100 * state.rows) / state.total : 0}
              animated={state.total === null}
              aria-label={t('export.title')}
            />
            <Text size="sm" role="status">
              {state.total === null
                ? t('export.starting')
                : t('export.progress', { done: state.rows, total: state.total })}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={cancel}>
                {t('export.cancel')}
              </Button>
            </Group>
          </Stack>
        )}
        {state.kind === 'failed' && (
          <Stack gap="sm">
            <Text size="sm" role="alert">
              {state.message}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setState({ kind: 'idle' })}>
                {t('export.close')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
