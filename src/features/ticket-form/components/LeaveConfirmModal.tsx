import { Button, Group, Modal, Text } from '@mantine/core';
import { useI18n } from '../../../lib/i18n/useI18n.ts';

type LeaveConfirmModalProps = {
  opened: boolean;
  onStay: () => void;
  onLeave: () => void;
  /** The create form keeps its draft on this device; the edit form loses its changes. */
  draftKept: boolean;
};

/** "You have unsaved changes": asked when leaving a form through the app's navigation. */
export function LeaveConfirmModal({ opened, onStay, onLeave, draftKept }: LeaveConfirmModalProps) {
  const { t } = useI18n();
  return (
    <Modal opened={opened} onClose={onStay} title={t('form.leave.title')} centered>
      <Text size="sm">{draftKept ? t('form.leave.textDraftKept') : t('form.leave.text')}</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onStay} data-autofocus>
          {t('form.leave.stay')}
        </Button>
        <Button color="red" onClick={onLeave}>
          {t('form.leave.leave')}
        </Button>
      </Group>
    </Modal>
  );
}
