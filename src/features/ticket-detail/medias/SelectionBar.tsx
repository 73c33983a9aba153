import '@mantine/core/styles/Button.css';
import '@mantine/core/styles/Paper.css';
import { Button, Group, Paper, Text } from '@mantine/core';
import { IconFileZip, IconX } from '@tabler/icons-react';
import { useI18n } from '../../../lib/i18n/useI18n.ts';

type SelectionBarProps = { count: number; zipUrl: string; onClear: () => void };

/** Shown while medias are selected: download them as one zip, or clear the selection. */
export function SelectionBar({ count, zipUrl, onClear }: SelectionBarProps) {
  const { t } = useI18n();
  return (
    <Paper withBorder p="xs" radius="md" role="region" aria-label={t('media.selection.count', { count })}>
      <Group gap="sm" justify="space-between">
        <Text size="sm" fw={500} aria-live="polite">
          {t('media.selection.count', { count })}
        </Text>
        <Group gap="xs">
          <Button
            component="a"
            href={zipUrl}
            download
            size="xs"
            leftSection={<IconFileZip size={16} aria-hidden />}
          >
            {t('media.selection.download')}
          </Button>
          <Button size="xs" variant="subtle" leftSection={<IconX size={14} aria-hidden />} onClick={onClear}>
            {t('media.selection.clear')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
