import '@mantine/core/styles/Progress.css';
import { Alert, Badge, Button, Group, Loader, Paper, Progress, Stack, Text } from '@mantine/core';
import { IconArrowBackUp, IconPlayerStop } from '@tabler/icons-react';
import type { BulkJob } from '../../../contract/bulk.ts';
import { ApiError } from '../../../lib/api/errors.ts';
import { useCancelBulkJob } from '../../../lib/api/bulk/cancelBulkJob.ts';
import { useBulkJob } from '../../../lib/api/bulk/getBulkJob.ts';
import { useUndoBulkJob } from '../../../lib/api/bulk/undoBulkJob.ts';
import { useLiveConnected } from '../../../lib/api/live/liveStatus.ts';
import { useErrorText } from '../../../lib/feedback/errorMessage.ts';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { BulkResults } from './BulkResults.tsx';
import classes from './Bulk.module.css';

/** While the live stream is down, the job is read this often (a gateway read, no upstream call). */
const POLL_WITHOUT_LIVE_MS = 3000;
/** With it up, seldom: only in case an event went missing while the stream reconnected. */
const POLL_WITH_LIVE_MS = 10_000;

function useEtaText() {
  const { t } = useI18n();
  return (etaMs: number) =>
    etaMs >= 60_000
      ? t('bulk.progress.etaMinutes', { minutes: Math.round(etaMs / 60_000) })
      : t('bulk.progress.etaSeconds', { seconds: Math.max(5, Math.ceil(etaMs / 5000) * 5) });
}

type BulkProgressProps = { jobId: string; onClose: () => void; onJob: (jobId: string) => void };

/** A job's progress ("12 of 30 · about 2 min left", Cancel), then its per-ticket results and Undo. */
export function BulkProgress({ jobId, onClose, onJob }: BulkProgressProps) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const live = useLiveConnected();
  const job = useBulkJob(jobId, live ? POLL_WITH_LIVE_MS : POLL_WITHOUT_LIVE_MS);
  const cancel = useCancelBulkJob();
  const undo = useUndoBulkJob();
  const eta = useEtaText();
  if (job.isPending) {
    return (
      <Paper withBorder p="sm" radius="md" className={classes.bar}>
        <Loader size="sm" aria-label={t('bulk.bar.label')} />
      </Paper>
    );
  }
  if (job.isError) {
    const lost = job.error instanceof ApiError && job.error.status === 404;
    return (
      <Alert
        color={lost ? 'gray' : 'red'}
        withCloseButton
        closeButtonLabel={t('bulk.dismiss')}
        onClose={onClose}
      >
        {lost ? t('bulk.lost') : errorText(job.error)}
      </Alert>
    );
  }
  const data: BulkJob = job.data;
  const action = data.undoOf ? t('bulk.action.undo') : t(`bulk.action.${data.action.type}`);
  const running = data.status === 'running';
  const count = t('bulk.progress.count', { processed: data.processed, total: data.total });
  return (
    <Paper withBorder p="sm" radius="md" className={classes.bar} role="region" aria-label={action}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text size="sm" fw={600} role="status" aria-live="polite">
            {running
              ? `${action}: ${count} · ${eta(data.etaMs)}`
              : `${action}: ${t(`bulk.status.${data.status === 'cancelled' ? 'cancelled' : 'finished'}`)} · ${count}`}
          </Text>
          {running ? (
            <Button
              size="xs"
              variant="light"
              color="red"
              leftSection={<IconPlayerStop size={16} aria-hidden />}
              loading={cancel.isPending}
              onClick={() => cancel.mutate(jobId)}
            >
              {t('bulk.progress.cancel')}
            </Button>
          ) : (
            <Group gap="xs">
              {data.undoOf === null &&
                (data.revertible > 0 ? (
                  <Button
                    size="xs"
                    leftSection={<IconArrowBackUp size={16} aria-hidden />}
                    loading={undo.isPending}
                    onClick={() => undo.mutate(jobId, { onSuccess: (undoJob) => onJob(undoJob.id) })}
                  >
                    {t('bulk.undo', { count: data.revertible })}
                  </Button>
                ) : (
                  data.counts.done > 0 && (
                    <Text size="xs" c="dimmed">
                      {t('bulk.undo.none')}
                    </Text>
                  )
                ))}
              <Button size="xs" variant="default" onClick={onClose}>
                {t('bulk.dismiss')}
              </Button>
            </Group>
          )}
        </Group>
        <Progress
          value={data.total === 0 ? 100 : (data.processed / data.total) * 100}
          animated={running}
          aria-label={count}
        />
        {!running && (
          <>
            <Group gap="xs">
              <Badge color="green" variant="light">
                {t('bulk.outcome.done')}: {data.counts.done}
              </Badge>
              <Badge color="red" variant="light">
                {t('bulk.outcome.refused')}: {data.counts.refused}
              </Badge>
              <Badge color="orange" variant="light">
                {t('bulk.outcome.conflict')}: {data.counts.conflict}
              </Badge>
              <Badge color="gray" variant="light">
                {t('bulk.outcome.cancelled')}: {data.counts.cancelled}
              </Badge>
            </Group>
            <BulkResults results={data.results} />
          </>
        )}
        {(cancel.isError || undo.isError) && (
          <Alert color="red" role="alert">
            {errorText(cancel.error ?? undo.error)}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
