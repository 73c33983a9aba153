import { Alert, Button, Group, Modal, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useSignOutEverywhere } from '../../lib/api/auth/signOutEverywhere.ts';
import { useErrorText } from '../../lib/feedback/errorMessage.ts';
import { useI18n } from '../../lib/i18n/useI18n.ts';
import { useGoToSignIn } from './useGoToSignIn.ts';

type SignOutEverywhereModalProps = { opened: boolean; onClose: () => void };

/** "Sign out everywhere?": asked first, since it signs out every other browser of the user too. */
export function SignOutEverywhereModal({ opened, onClose }: SignOutEverywhereModalProps) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const signOutEverywhere = useSignOutEverywhere();
  const goToSignIn = useGoToSignIn();
  const close = () => {
    if (signOutEverywhere.isPending) return;
    signOutEverywhere.reset();
    onClose();
  };
  const confirm = () =>
    signOutEverywhere.mutate(undefined, {
      onSuccess: ({ upstreamRevoked }) => goToSignIn({ everywhere: true, upstreamRevoked }),
    });

  return (
    <Modal opened={opened} onClose={close} title={t('shell.signOutEverywhere.title')} centered>
      <Text size="sm">{t('shell.signOutEverywhere.text')}</Text>
      {signOutEverywhere.error && (
        <Alert mt="md" color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
          {errorText(signOutEverywhere.error, { wrap: 'shell.signOutEverywhere.failed' })}
        </Alert>
      )}
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={close} disabled={signOutEverywhere.isPending} data-autofocus>
          {t('shell.signOutEverywhere.cancel')}
        </Button>
        <Button color="red" onClick={confirm} loading={signOutEverywhere.isPending}>
          {t('shell.signOutEverywhere.confirm')}
        </Button>
      </Group>
    </Modal>
  );
}
