import { Fieldset, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useController, useFormContext, useFormState } from 'react-hook-form';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import type { TicketFormValues } from '../../../contract/ticketForm.ts';
import { formErrorText } from './formErrorText.ts';

type InvitationFieldsProps = {
  /** "Invite the organizer" applies to multi-participant tickets only. */
  multiParticipant: boolean;
};

/** Whether to send the invitation now, with which templates. */
export function InvitationFields({ multiParticipant }: InvitationFieldsProps) {
  const { t } = useI18n();
  const { register, control } = useFormContext<TicketFormValues>();
  const { errors } = useFormState({ control });
  const {
    field: { ref: inviteRef, ...invite },
  } = useController({ control, name: 'invite' });
  const {
    field: { ref: organizerRef, ...organizer },
  } = useController({ control, name: 'invite_organizer' });
  return (
    <Fieldset legend={t('form.section.invitation')}>
      <Stack gap="sm">
        <Switch
          label={t('form.field.invite')}
          description={t('form.hint.invite')}
          checked={invite.value}
          onChange={(event) => invite.onChange(event.currentTarget.checked)}
          onBlur={invite.onBlur}
          ref={inviteRef}
          name={invite.name}
        />
        {multiParticipant && (
          <Switch
            label={t('form.field.inviteOrganizer')}
            checked={organizer.value}
            onChange={(event) => organizer.onChange(event.currentTarget.checked)}
            onBlur={organizer.onBlur}
            ref={organizerRef}
            name={organizer.name}
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('form.field.agentTemplate')}
            description={t('form.hint.template')}
            inputMode="numeric"
            {...register('agent_template')}
            error={formErrorText(t, errors.agent_template?.message)}
          />
          <TextInput
            label={t('form.field.requestorTemplate')}
            description={t('form.hint.template')}
            inputMode="numeric"
            {...register('requestor_template')}
            error={formErrorText(t, errors.requestor_template?.message)}
          />
        </SimpleGrid>
      </Stack>
    </Fieldset>
  );
}
