import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/Input.css';
import '@mantine/spotlight/styles.css';
import { Text } from '@mantine/core';
import { createSpotlight, Spotlight } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { usePaletteItems, type LookupStatus } from './usePaletteItems.ts';

const [paletteStore, palette] = createSpotlight();

type CommandPaletteProps = {
  opened: boolean;
  onClose: () => void;
  onShowShortcuts: () => void;
  showSupervision: boolean;
};

function StatusLine({ status }: { status: LookupStatus }) {
  const { t } = useI18n();
  const text =
    status === null
      ? ''
      : status.kind === 'searching'
        ? t('keyboard.palette.searching', { text: status.text })
        : status.kind === 'failed'
          ? t('keyboard.palette.searchFailed', { reason: status.text })
          : t('keyboard.palette.noneFound', { text: status.text });
  return (
    <Text
      size="sm"
      c={status?.kind === 'failed' ? 'red' : 'dimmed'}
      px="md"
      py={status ? 'xs' : 0}
      role="status"
    >
      {text}
    </Text>
  );
}

/**
 * Ctrl+K / ⌘K (Mantine Spotlight), loaded on first use or when the browser is idle. Its own hotkey
 * is off: lib/keyboard matches Ctrl+K with every other shortcut.
 */
export default function CommandPalette({
  opened,
  onClose,
  onShowShortcuts,
  showSupervision,
}: CommandPaletteProps) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const { groups, status } = usePaletteItems(query, { opened, showSupervision, onShowShortcuts });

  useEffect(() => {
    if (opened) palette.open();
    else palette.close();
  }, [opened]);

  return (
    <Spotlight.Root
      store={paletteStore}
      query={query}
      onQueryChange={setQuery}
      shortcut={null}
      onSpotlightClose={() => {
        setQuery('');
        onClose();
      }}
      scrollable
      maxHeight={440}
      // The dialog is named by its title, which the search box makes redundant on screen.
      title={t('keyboard.palette.label')}
      styles={{ header: { display: 'none' } }}
    >
      <Spotlight.Search
        aria-label={t('keyboard.palette.label')}
        placeholder={t('keyboard.palette.placeholder')}
        leftSection={<IconSearch size={18} aria-hidden />}
      />
      <Spotlight.ActionsList>
        <StatusLine status={status} />
        {groups.map((group) => (
          <Spotlight.ActionsGroup key={group.id} label={group.label}>
            {group.items.map((item) => (
              <Spotlight.Action
                key={item.id}
                label={item.label}
                description={item.description}
                leftSection={<item.icon size={18} aria-hidden />}
                onClick={item.run}
              />
            ))}
          </Spotlight.ActionsGroup>
        ))}
        {groups.length === 0 && status === null && (
          <Spotlight.Empty>{t('keyboard.palette.empty')}</Spotlight.Empty>
        )}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}
