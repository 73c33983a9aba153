import '@mantine/core/styles/Button.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Overlay.css';
import { Button, Group, Modal, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useI18n } from '../../../lib/i18n/useI18n.ts';

type DeleteTicketButtonProps = { subject: string; pending: boolean; onConfirm: () => void };

/** Delete, after a confirmation that names the ticket. */
export function DeleteTicketButton({ subject, pending, onConfirm }: DeleteTicketButtonProps) {
  const { t } = useI18n();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button
        color="red"
        variant="light"
        leftSection={<IconTrash size={16} aria-hidden />}
        onClick={() => setOpened(true)}
      >
        {t('detail.delete.button')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('detail.delete.title')} centered>
        <Text size="sm">{t('detail.delete.message', { subject: subject || t('detail.noSubject') })}</Text>
        <Group justify="flex-end" mt="lg" gap="sm">
          <Button variant="default" onClick={() => setOpened(false)} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={pending} onClick={onConfirm}>
            {t('detail.delete.confirm')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
