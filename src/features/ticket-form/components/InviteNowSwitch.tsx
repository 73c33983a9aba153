import { Paper, Stack, Switch } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useController, useFormContext, useWatch } from 'react-hook-form';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import type { TicketFormValues } from '../../../contract/ticketForm.ts';
import { hasContact } from '../inviteDefault.ts';
import { InviteOrganizerSwitch } from './InviteOrganizerSwitch.tsx';

/**
 * "Send the invitation now", at the top of the form: it follows whether a contact is given (on once a
 * phone or e-mail is typed) until the person sets it themselves.
 */
export function InviteNowSwitch({ multiParticipant }: { multiParticipant: boolean }) {
  const { t } = useI18n();
  const { control } = useFormContext<TicketFormValues>();
  const {
    field: { ref, ...invite },
  } = useController({ control, name: 'invite' });
  const [phones, emails] = useWatch({ control, name: ['phone', 'email'] });
  const chosen = useRef(false);
  const contact = hasContact(phones, emails);
  const { onChange, value } = invite;
  useEffect(() => {
    if (!chosen.current && value !== contact) onChange(contact);
  }, [contact, value, onChange]);
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Switch
          label={t('form.field.invite')}
          description={t('form.hint.inviteNow')}
          checked={value}
          onChange={(event) => {
            chosen.current = true;
            onChange(event.currentTarget.checked);
          }}
          onBlur={invite.onBlur}
          ref={ref}
          name={invite.name}
        />
        {multiParticipant && <InviteOrganizerSwitch />}
      </Stack>
    </Paper>
  );
}
