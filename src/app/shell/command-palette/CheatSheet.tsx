import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/Table.css';
import { Modal, Stack, Table, Text } from '@mantine/core';
import { SHORTCUTS, type ShortcutScope } from '../../../lib/keyboard/shortcuts.ts';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { ShortcutKeys } from './ShortcutKeys.tsx';

type CheatSheetProps = { opened: boolean; onClose: () => void; showSupervision: boolean };

const SCOPES: readonly ShortcutScope[] = ['list', 'global'];

/** Every shortcut of lib/keyboard/shortcuts.ts (the ones this user has), opened with `?`. */
export default function CheatSheet({ opened, onClose, showSupervision }: CheatSheetProps) {
  const { t } = useI18n();
  const shown = SHORTCUTS.filter((shortcut) => shortcut.id !== 'go.supervision' || showSupervision);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('keyboard.cheatSheet.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('keyboard.cheatSheet.intro')}
        </Text>
        {SCOPES.map((scope) => (
          <Table key={scope} captionSide="top" verticalSpacing={6} layout="fixed">
            <Table.Caption ta="start" fw={600} fz="sm" c="var(--mantine-color-text)">
              {t(`keyboard.cheatSheet.scope.${scope}`)}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="45%">{t('keyboard.cheatSheet.keys')}</Table.Th>
                <Table.Th>{t('keyboard.cheatSheet.action')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown
                .filter((shortcut) => shortcut.scope === scope)
                .map((shortcut) => (
                  <Table.Tr key={shortcut.id}>
                    <Table.Td>
                      <ShortcutKeys shortcut={shortcut} />
                    </Table.Td>
                    <Table.Td>{t(`keyboard.shortcut.${shortcut.id}`)}</Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
        ))}
      </Stack>
    </Modal>
  );
}
