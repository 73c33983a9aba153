import '@mantine/core/styles/Button.css';
import '@mantine/core/styles/Paper.css';
import { Button, Group, Paper, Text } from '@mantine/core';
import { IconDownload, IconFileZip, IconX } from '@tabler/icons-react';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { UnavailableButton } from '../../../lib/ui/UnavailableButton.tsx';

/**
 * How the selection downloads: one zip of the chosen ids ([ext] `ids` on the zip), the one file when
 * upstream cannot zip a selection and a single media is chosen, or not at all, with the reason.
 */
export type SelectionDownload = { zipUrl: string } | { fileUrl: string } | { unavailable: true };

type SelectionBarProps = { count: number; download: SelectionDownload; onClear: () => void };

/** Shown while medias are selected: download them, or clear the selection. */
export function SelectionBar({ count, download, onClear }: SelectionBarProps) {
  const { t } = useI18n();
  const link =
    'zipUrl' in download
      ? { href: download.zipUrl, icon: IconFileZip, label: t('media.selection.download') }
      : 'fileUrl' in download
        ? { href: download.fileUrl, icon: IconDownload, label: t('media.selection.downloadOne') }
        : undefined;
  const action = link ? (
    <Button
      component="a"
      href={link.href}
      download
      size="xs"
      leftSection={<link.icon size={16} aria-hidden />}
    >
      {link.label}
    </Button>
  ) : (
    <UnavailableButton
      size="xs"
      leftSection={<IconFileZip size={16} aria-hidden />}
      reason={t('media.selection.noZip')}
    >
      {t('media.selection.download')}
    </UnavailableButton>
  );
  return (
    <Paper withBorder p="xs" radius="md" role="region" aria-label={t('media.selection.count', { count })}>
      <Group gap="sm" justify="space-between">
        <Text size="sm" fw={500} aria-live="polite">
          {t('media.selection.count', { count })}
        </Text>
        <Group gap="xs">
          {action}
          <Button size="xs" variant="subtle" leftSection={<IconX size={14} aria-hidden />} onClick={onClear}>
            {t('media.selection.clear')}
          </Button>
        </Group>
      </Group>
      {'unavailable' in download && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('media.selection.noZip')}
        </Text>
      )}
    </Paper>
  );
}

/**
 * The download of a selection. Without `ids` on the zip, upstream would zip every media (a silently
 * wrong download), so the selection is never sent; downloading item by item is not offered either:
 * each file is one call of the user's 10 a minute, a larger selection would stop half-way on a 429
 * while looking complete, and browsers block a burst of automatic downloads. One file is one call.
 */
export function selectionDownload(
  selected: readonly number[],
  options: {
    zipIds: boolean;
    zipUrl: (ids: readonly number[]) => string;
    fileUrl: (id: number) => string | null;
  },
): SelectionDownload {
  if (options.zipIds) return { zipUrl: options.zipUrl(selected) };
  const only = selected.length === 1 ? options.fileUrl(selected[0] as number) : null;
  return only ? { fileUrl: only } : { unavailable: true };
}
