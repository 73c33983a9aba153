import { Button } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useI18n } from '../i18n/useI18n.ts';

/** The one "Retry" button of error states and failed saves. */
export function RetryButton({ onRetry, retrying }: { onRetry: () => void; retrying?: boolean }) {
  const { t } = useI18n();
  return (
    <Button
      size="xs"
      variant="default"
      leftSection={<IconRefresh size={16} aria-hidden />}
      onClick={onRetry}
      loading={retrying}
    >
      {t('common.retry')}
    </Button>
  );
}
