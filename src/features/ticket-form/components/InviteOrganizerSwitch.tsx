import { Switch } from '@mantine/core';
import { useController, useFormContext } from 'react-hook-form';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import type { TicketFormValues } from '../../../contract/ticketForm.ts';

/**
 * "Also invite the organizer", for multi-participant tickets. The invitation templates are not asked
 * for: upstream does not list them (no directory call names them), and raw ids help nobody; the
 * enterprise's default templates apply.
 */
export function InviteOrganizerSwitch() {
  const { t } = useI18n();
  const { control } = useFormContext<TicketFormValues>();
  const {
    field: { ref, ...organizer },
  } = useController({ control, name: 'invite_organizer' });
  return (
    <Switch
      label={t('form.field.inviteOrganizer')}
      checked={organizer.value}
      onChange={(event) => organizer.onChange(event.currentTarget.checked)}
      onBlur={organizer.onBlur}
      ref={ref}
      name={organizer.name}
    />
  );
}
