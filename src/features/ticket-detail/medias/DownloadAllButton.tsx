import '@mantine/core/styles/Button.css';
import '@mantine/core/styles/Input.css';
import '@mantine/core/styles/Popover.css';
import { Button, Popover, Stack, Text, TextInput } from '@mantine/core';
import { IconDownload, IconFileZip } from '@tabler/icons-react';
import { useState } from 'react';
import { useI18n } from '../../../lib/i18n/useI18n.ts';

type DownloadAllButtonProps = {
  /** Nothing to download when no media matches. */
  disabled: boolean;
  defaultFilename: string;
  /** The zip URL for a file name (the API adds `.zip` and cleans the name). */
  zipUrlFor: (filename: string) => string;
};

/** "Download all" with an editable file name, in a small popover. */
export function DownloadAllButton({ disabled, defaultFilename, zipUrlFor }: DownloadAllButtonProps) {
  const { t } = useI18n();
  const [opened, setOpened] = useState(false);
  const [filename, setFilename] = useState(defaultFilename);
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" withArrow trapFocus shadow="md">
      <Popover.Target>
        <Button
          variant="default"
          size="sm"
          leftSection={<IconFileZip size={16} aria-hidden />}
          onClick={() => setOpened((open) => !open)}
          disabled={disabled}
          aria-haspopup="dialog"
          aria-expanded={opened}
        >
          {t('media.downloadAll.button')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown aria-label={t('media.downloadAll.title')} role="dialog">
        <Stack gap="xs" w={280}>
          <TextInput
            label={t('media.downloadAll.filename')}
            description={t('media.downloadAll.hint')}
            value={filename}
            onChange={(event) => setFilename(event.currentTarget.value)}
            rightSection=".zip"
            rightSectionWidth={40}
            data-autofocus
          />
          <Text size="xs" c="dimmed">
            {t('media.downloadAll.readyOnly')}
          </Text>
          <Button
            component="a"
            href={zipUrlFor(filename.trim() || defaultFilename)}
            download
            leftSection={<IconDownload size={16} aria-hidden />}
            onClick={() => setOpened(false)}
          >
            {t('media.downloadAll.submit')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
