import { Alert, Button, Group, Text } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useI18n } from '../../../lib/i18n/useI18n.ts';

type DraftRestoredNoticeProps = {
  savedAt: number;
  onDiscard: () => void;
};

/** Says that the values come from a draft kept on this device, with a way to start afresh. */
export function DraftRestoredNotice({ savedAt, onDiscard }: DraftRestoredNoticeProps) {
  const { t, formatRelative } = useI18n();
  return (
    <Alert color="blue" variant="light" icon={<IconDeviceFloppy aria-hidden />} role="status">
      <Group justify="space-between" gap="sm">
        <Text size="sm">{t('form.draft.restored', { when: formatRelative(savedAt) })}</Text>
        <Button size="xs" variant="default" onClick={onDiscard}>
          {t('form.draft.discard')}
        </Button>
      </Group>
    </Alert>
  );
}
