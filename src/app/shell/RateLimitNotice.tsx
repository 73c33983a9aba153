import { Alert } from '@mantine/core';
import { IconHourglass } from '@tabler/icons-react';
import { useRateLimitSeconds } from '../../lib/api/rateLimit.ts';
import { useI18n } from '../../lib/i18n/useI18n.ts';

/** A discreet line while we back off after a 429, counting down the wait; gone when it is over. */
export function RateLimitNotice() {
  const seconds = useRateLimitSeconds();
  const { t } = useI18n();
  if (seconds === 0) return null;
  return (
    <Alert
      variant="light"
      color="yellow"
      radius="md"
      mb="sm"
      py={6}
      icon={<IconHourglass size={16} aria-hidden />}
      role="status"
    >
      {t('feedback.rateLimitNotice', { seconds })}
    </Alert>
  );
}
