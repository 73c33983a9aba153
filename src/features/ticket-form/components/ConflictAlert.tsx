import { Alert, Button, Group, Text } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import classes from './alerts.module.css';

type ConflictAlertProps = {
  /** When the other version was saved (`modified`). */
  modified: string;
  onReloadTheirs: () => void;
  onKeepMine: () => void;
};

/** Someone saved the ticket after this form opened: take their version, or keep mine and save over it. */
export function ConflictAlert({ modified, onReloadTheirs, onKeepMine }: ConflictAlertProps) {
  const { t, formatDateTime } = useI18n();
  return (
    <Alert
      classNames={{ title: classes.warning }}
      color="orange"
      variant="light"
      role="alert"
      icon={<IconUsers aria-hidden />}
      title={t('form.conflict.title')}
    >
      <Text size="sm">{t('form.conflict.text', { when: formatDateTime(modified) })}</Text>
      <Group mt="sm" gap="sm">
        <Button size="xs" onClick={onReloadTheirs}>
          {t('form.conflict.reload')}
        </Button>
        <Button size="xs" variant="default" onClick={onKeepMine}>
          {t('form.conflict.keepMine')}
        </Button>
      </Group>
    </Alert>
  );
}
