import { Alert, Group, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { forwardRef } from 'react';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { ApiError, NetworkError } from '../../../lib/api/errors.ts';
import type { TranslationKey } from '../../../lib/i18n/I18nProvider.tsx';
import { describeError } from '../../../lib/feedback/errorMessage.ts';
import { RetryButton } from '../../../lib/feedback/RetryButton.tsx';
import classes from './alerts.module.css';

type SubmitErrorAlertProps = {
  error: unknown;
  /** Server messages that belong to no field of the form. */
  otherMessages?: string[];
  onRetry: () => void;
  retrying: boolean;
};

function explanation(error: unknown): TranslationKey | null {
  if (error instanceof NetworkError) return 'form.submit.network';
  if (error instanceof ApiError) {
    if (error.status === 400) return 'form.submit.invalid';
    if (error.status === 401) return 'form.submit.sessionExpired';
    if (error.status === 409) return 'form.submit.conflict';
  }
  return null;
}

/** Why saving failed, that nothing typed is lost, and a way to try again. */
export const SubmitErrorAlert = forwardRef<HTMLDivElement, SubmitErrorAlertProps>(function SubmitErrorAlert(
  { error, otherMessages = [], onRetry, retrying },
  ref,
) {
  const { t } = useI18n();
  const key = explanation(error);
  const described = describeError(error);
  const serverText = error instanceof ApiError && error.status !== 400 ? error.message : null;
  const retryable = !(error instanceof ApiError && error.status === 400);
  return (
    <Alert
      classNames={{ title: classes.danger }}
      ref={ref}
      tabIndex={-1}
      color="red"
      variant="light"
      role="alert"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('form.submit.failed')}
    >
      <Text size="sm">
        {key ? t(key) : 'text' in described ? described.text : t(described.key, described.vars)}
      </Text>
      {key === 'form.submit.conflict' && serverText && (
        <Text size="sm" mt={4}>
          {serverText}
        </Text>
      )}
      {otherMessages.length > 0 && (
        <List size="sm" mt={4}>
          {otherMessages.map((message) => (
            <List.Item key={message}>{message}</List.Item>
          ))}
        </List>
      )}
      <Text size="sm" mt={4} c="dimmed">
        {t('form.submit.kept')}
      </Text>
      {retryable && (
        <Group mt="sm">
          <RetryButton onRetry={onRetry} retrying={retrying} />
        </Group>
      )}
    </Alert>
  );
});
