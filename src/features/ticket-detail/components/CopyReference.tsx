import '@mantine/core/styles/ActionIcon.css';
import '@mantine/core/styles/Tooltip.css';
import { ActionIcon, CopyButton, Group, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useI18n } from '../../../lib/i18n/useI18n.ts';

/** The ticket's reference with a button that copies it. */
export function CopyReference({ reference }: { reference: string }) {
  const { t } = useI18n();
  if (!reference) {
    return (
      <Text size="sm" c="dimmed">
        {t('detail.noReference')}
      </Text>
    );
  }
  return (
    <Group gap={4} wrap="nowrap">
      <Text size="sm" ff="monospace">
        {reference}
      </Text>
      <CopyButton value={reference} timeout={1500}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? t('detail.copied') : t('detail.copyReference')} withArrow>
            <ActionIcon
              variant="subtle"
              color={copied ? 'teal' : 'gray'}
              size="sm"
              onClick={copy}
              aria-label={copied ? t('detail.copied') : t('detail.copyReference')}
            >
              {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
