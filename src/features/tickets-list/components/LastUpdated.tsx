import { ActionIcon, Group, Loader, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useI18n } from '../../../lib/i18n/useI18n.ts';

type LastUpdatedProps = {
  /** Epoch ms of the data on screen; 0 when nothing has loaded yet. */
  updatedAt: number;
  fetching: boolean;
  onRefresh: () => void;
  refreshDisabled?: boolean;
};

/** "Updated 2 minutes ago", kept current, with a manual refresh. */
export function LastUpdated({ updatedAt, fetching, onRefresh, refreshDisabled }: LastUpdatedProps) {
  const { t, formatRelative, formatDateTime } = useI18n();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 15_000);
    return () => window.clearInterval(timer);
  }, []);

  return (
    <Group gap={6} wrap="nowrap">
      {fetching ? (
        <Group gap={6} wrap="nowrap" role="status">
          <Loader size={12} aria-hidden />
          <Text size="xs" c="dimmed">
            {t('list.updating')}
          </Text>
        </Group>
      ) : (
        updatedAt > 0 && (
          <Text size="xs" c="dimmed" title={formatDateTime(updatedAt)}>
            {t('list.updated', { time: formatRelative(updatedAt, Math.max(now, updatedAt)) })}
          </Text>
        )
      )}
      <ActionIcon
        variant="subtle"
        size="sm"
        aria-label={t('list.refresh')}
        title={t('list.refresh')}
        onClick={onRefresh}
        disabled={fetching || refreshDisabled}
      >
        <IconRefresh size={16} aria-hidden />
      </ActionIcon>
    </Group>
  );
}
