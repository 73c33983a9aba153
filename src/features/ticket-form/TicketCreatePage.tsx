import { Button, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../../lib/api/auth/getSession.ts';
import { useServices } from '../../lib/api/directory/getServices.ts';
import { useCreateTicket } from '../../lib/api/tickets/createTicket.ts';
import { registerFormMessages } from '../../lib/i18n/routes/form.ts';
import { useI18n } from '../../lib/i18n/useI18n.ts';
import { paths } from '../../lib/routing/paths.ts';
import { AssignmentFields } from './components/AssignmentFields.tsx';
import { DraftRestoredNotice } from './components/DraftRestoredNotice.tsx';
import { FormActions } from './components/FormActions.tsx';
import { InviteNowSwitch } from './components/InviteNowSwitch.tsx';
import { RecipientFields } from './components/RecipientFields.tsx';
import { ScheduleFields } from './components/ScheduleFields.tsx';
import { TicketFields } from './components/TicketFields.tsx';
import { TicketFormFrame } from './components/TicketFormFrame.tsx';
import './components/styles.ts';
import { LANGUAGES, type Language } from '../../contract/enums.ts';
import {
  emptyTicketForm,
  isMultiParticipant,
  toCreateTicketInput,
  type TicketFormValues,
} from '../../contract/ticketForm.ts';
import { defaultGroup } from './inviteDefault.ts';
import { phoneCountryOf, phoneNormalisingSchema } from './phoneNumbers.ts';
import { readDraft } from './formDraft.ts';
import { useAssignmentChoices } from './useAssignmentChoices.ts';
import { useTicketFormHarness } from './useTicketFormHarness.ts';

registerFormMessages();

export default function TicketCreatePage() {
  const user = useCurrentUser();
  const { t, locale } = useI18n();
  const navigate = useNavigate();

  const [initialLocale] = useState(locale);
  const emptyValues = useMemo(
    () =>
      emptyTicketForm({
        language: (LANGUAGES as readonly string[]).includes(initialLocale)
          ? (initialLocale as Language)
          : 'en',
        agent: String(user.id),
        group: defaultGroup(user.groups),
      }),
    [initialLocale, user.id, user.groups],
  );
  const draftKey = `apizee.draft.${user.id}.newTicket`;
  const [restored, setRestored] = useState(() => readDraft(localStorage, draftKey, emptyValues));
  const create = useCreateTicket();

  const harness = useTicketFormHarness<TicketFormValues>({
    schema: phoneNormalisingSchema,
    defaultValues: emptyValues,
    restoredValues: restored?.values,
    draft: { key: draftKey, storage: localStorage },
    save: async (values) => {
      const ticket = await create.mutateAsync(toCreateTicketInput(values));
      harness.finish();
      notifications.show({
        color: 'green',
        title: t('form.created.title', { id: ticket.id }),
        message: ticket.state === 'invited' ? t('form.created.invited') : t('form.created.text'),
      });
      void navigate(paths.ticket.href(ticket.id));
    },
  });
  const { control, reset, formState, trigger, getFieldState } = harness.form;
  const phoneCountry = phoneCountryOf({ country: useWatch({ control, name: 'country' }) });
  // Numbers already checked are read again for another country.
  useEffect(() => {
    if (getFieldState('phone').isTouched) void trigger('phone');
  }, [phoneCountry, trigger, getFieldState]);
  const services = useServices(user.enterprise_id);
  const choices = useAssignmentChoices(user, useWatch({ control, name: 'group' }));
  const multi = isMultiParticipant(useWatch({ control, name: 'type' }));

  const discardDraft = () => {
    harness.draft.clear();
    reset(emptyValues);
    setRestored(null);
    harness.clearFailure();
  };

  return (
    <Stack gap="md" maw={980}>
      <Title order={1} size="h2">
        {t('form.create.title')}
      </Title>
      {restored && <DraftRestoredNotice savedAt={restored.savedAt} onDiscard={discardDraft} />}
      <TicketFormFrame
        harness={harness}
        label={t('form.create.title')}
        draftKept
        retrying={create.isPending}
        actions={
          <FormActions
            submitLabel={t('form.create.submit')}
            submitting={formState.isSubmitting}
            onCancel={() => void navigate(paths.tickets.href())}
          >
            {(restored || formState.isDirty) && (
              <Button variant="subtle" color="gray" onClick={discardDraft}>
                {t('form.draft.discard')}
              </Button>
            )}
          </FormActions>
        }
      >
        <InviteNowSwitch multiParticipant={multi} />
        <RecipientFields contactsOnly={multi} phoneCountry={phoneCountry} />
        <TicketFields services={services.data ?? []} servicesLoading={services.isPending} />
        <AssignmentFields
          groups={choices.groups}
          agents={choices.agents}
          agentsLoading={choices.agentsLoading}
        />
        <ScheduleFields />
      </TicketFormFrame>
    </Stack>
  );
}
