import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Overlay.css';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { MAX_VIEWS_PER_USER, VIEW_NAME_MAX } from '../../contract/savedViews.ts';
import { ApiError } from '../api/errors.ts';
import { useErrorText } from '../feedback/errorMessage.ts';
import { useI18n } from '../i18n/useI18n.ts';

type ViewNameDialogProps = {
  title: string;
  submitLabel: string;
  hint?: string;
  initialName?: string;
  /** Rejects with the gateway's error: its `name` message or 409 shows in the dialog. */
  onSubmit: (name: string) => Promise<unknown>;
  onClose: () => void;
};

/** Names a saved view (save, rename): the name's rules as the gateway checks them, its refusals shown in place. */
export function ViewNameDialog({
  title,
  submitLabel,
  hint,
  initialName = '',
  onSubmit,
  onClose,
}: ViewNameDialogProps) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [name, setName] = useState(initialName);
  const [nameError, setNameError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setNameError(t('views.name.required'));
    if (trimmed.length > VIEW_NAME_MAX) return setNameError(t('views.name.tooLong', { max: VIEW_NAME_MAX }));
    setBusy(true);
    setFormError(null);
    try {
      await onSubmit(trimmed);
      onClose();
    } catch (error) {
      const field = error instanceof ApiError ? error.fieldErrors.name?.[0] : undefined;
      if (field) setNameError(field);
      else if (error instanceof ApiError && error.status === 409)
        setFormError(t('views.tooMany', { max: MAX_VIEWS_PER_USER }));
      else setFormError(errorText(error, { wrap: 'views.error' }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={title} centered>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('views.name.label')}
            description={hint}
            value={name}
            onChange={(event) => {
              setName(event.currentTarget.value);
              setNameError(null);
            }}
            error={nameError}
            maxLength={VIEW_NAME_MAX}
            required
            data-autofocus
          />
          {formError && (
            <Text size="sm" c="red" role="alert">
              {formError}
            </Text>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('views.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
