import { Alert, Group, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { forwardRef } from 'react';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { ApiError } from '../../../lib/api/errors.ts';
import { useErrorText, type ErrorWording } from '../../../lib/feedback/errorMessage.ts';
import { RetryButton } from '../../../lib/feedback/RetryButton.tsx';
import classes from './alerts.module.css';

type SubmitErrorAlertProps = {
  error: unknown;
  /** Server messages that belong to no field of the form. */
  otherMessages?: string[];
  onRetry: () => void;
  retrying: boolean;
};

const SUBMIT_WORDING: ErrorWording = {
  byStatus: {
    network: 'form.submit.network',
    400: 'form.submit.invalid',
    401: 'form.submit.sessionExpired',
    409: 'form.submit.conflict',
  },
};

/** Why saving failed, that nothing typed is lost, and a way to try again. */
export const SubmitErrorAlert = forwardRef<HTMLDivElement, SubmitErrorAlertProps>(function SubmitErrorAlert(
  { error, otherMessages = [], onRetry, retrying },
  ref,
) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const conflict = error instanceof ApiError && error.status === 409;
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
      <Text size="sm">{errorText(error, SUBMIT_WORDING)}</Text>
      {conflict && serverText && (
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
