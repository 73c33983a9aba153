import '@mantine/core/styles/Button.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Overlay.css';
import { Button, Group, Modal, Text } from '@mantine/core';
import { useI18n } from '../i18n/useI18n.ts';

type ConfirmCloseModalProps = { opened: boolean; onConfirm: () => void; onCancel: () => void };

/** Asks once before closing; focus starts on the confirm button, so Enter confirms. */
export function ConfirmCloseModal({ opened, onConfirm, onCancel }: ConfirmCloseModalProps) {
  const { t } = useI18n();
  return (
    <Modal opened={opened} onClose={onCancel} title={t('detail.state.confirmClose.title')} centered>
      <Text size="sm">{t('detail.state.confirmClose.message')}</Text>
      <Group justify="flex-end" mt="lg" gap="sm">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button onClick={onConfirm} data-autofocus>
          {t('detail.state.confirmClose.confirm')}
        </Button>
      </Group>
    </Modal>
  );
}
