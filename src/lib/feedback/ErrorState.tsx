import { Alert, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useRateLimitSeconds } from '../api/rateLimit.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { useErrorText } from './errorMessage.ts';
import { RetryButton } from './RetryButton.tsx';

type ErrorStateProps = {
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
  title?: string;
  /** Extra actions beside Retry (e.g. a link back to the list). */
  children?: ReactNode;
};

/** A failed request explained, with a way to try again. */
export function ErrorState({ error, onRetry, retrying = false, title, children }: ErrorStateProps) {
  const { t } = useI18n();
  const errorText = useErrorText();
  // Re-renders each second of a rate-limit wait, so a 429's sentence counts it down.
  useRateLimitSeconds();
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      icon={<IconAlertTriangle aria-hidden />}
      title={title ?? t('common.error.title')}
    >
      <Text size="sm">{errorText(error)}</Text>
      {(onRetry || children) && (
        <Group mt="sm" gap="sm">
          {onRetry && <RetryButton onRetry={onRetry} retrying={retrying} />}
          {children}
        </Group>
      )}
    </Alert>
  );
}
