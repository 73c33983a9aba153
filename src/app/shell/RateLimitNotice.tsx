import { Alert } from '@mantine/core';
import { IconHourglass } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { rateLimitedFor, useRateLimited } from '../../lib/api/rateLimit.ts';
import { useI18n } from '../../lib/i18n/useI18n.ts';

/** A discreet line while we back off after a 429, counting down the wait. */
export function RateLimitNotice() {
  const limited = useRateLimited();
  const { t } = useI18n();
  const [, tick] = useState(0);

  useEffect(() => {
    if (!limited) return;
    const timer = window.setInterval(() => tick((n) => n + 1), 1000);
    return () => window.clearInterval(timer);
  }, [limited]);

  if (!limited) return null;
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
      {t('feedback.rateLimitNotice', { seconds: Math.ceil(rateLimitedFor() / 1000) })}
    </Alert>
  );
}
