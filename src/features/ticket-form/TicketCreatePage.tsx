import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useRef, useState, type BaseSyntheticEvent } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../../lib/api/auth/getSession.ts';
import { useServices } from '../../lib/api/directory/getServices.ts';
import { isApiError } from '../../lib/api/errors.ts';
import { useCreateTicket } from '../../lib/api/tickets/createTicket.ts';
import { registerFormMessages } from '../../lib/i18n/routes/form.ts';
import { useI18n } from '../../lib/i18n/useI18n.ts';
import { paths } from '../../lib/routing/paths.ts';
import { AssignmentFields } from './components/AssignmentFields.tsx';
import { DraftRestoredNotice } from './components/DraftRestoredNotice.tsx';
import { FormActions } from './components/FormActions.tsx';
import { InvitationFields } from './components/InvitationFields.tsx';
import { LeaveConfirmModal } from './components/LeaveConfirmModal.tsx';
import { RecipientFields } from './components/RecipientFields.tsx';
import { ScheduleFields } from './components/ScheduleFields.tsx';
import { SubmitErrorAlert } from './components/SubmitErrorAlert.tsx';
import { TicketFields } from './components/TicketFields.tsx';
import './components/styles.ts';
import { LANGUAGES, type Language } from '../../contract/enums.ts';
import {
  emptyTicketForm,
  isMultiParticipant,
  ticketFormSchema,
  toCreateTicketInput,
  type TicketFormValues,
} from '../../contract/ticketForm.ts';
import { readDraft, useFormDraft } from './formDraft.ts';
import { firstInvalidField, isSubmitShortcut, useFocusAfterRender } from './formKeyboard.ts';
import { applyServerErrors } from './serverErrors.ts';
import { useAssignmentChoices } from './useAssignmentChoices.ts';
import classes from './ticketForm.module.css';
import { useLeaveGuard } from './useLeaveGuard.ts';

registerFormMessages();

type SubmitFailure = { error: unknown; otherMessages: string[] };

export default function TicketCreatePage() {
  const user = useCurrentUser();
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const focusFirstError = () => focusAfterRender(() => firstInvalidField(formRef.current));

  const [initialLocale] = useState(locale);
  const emptyValues = useMemo(
    () =>
      emptyTicketForm({
        language: (LANGUAGES as readonly string[]).includes(initialLocale)
          ? (initialLocale as Language)
          : 'en',
        agent: String(user.id),
      }),
    [initialLocale, user.id],
  );
  const draftKey = `apizee.draft.${user.id}.newTicket`;
  const [restored, setRestored] = useState(() => readDraft(localStorage, draftKey, emptyValues));

  const form = useForm<TicketFormValues>({
    resolver: zodResolver(ticketFormSchema),
    defaultValues: emptyValues,
    mode: 'onTouched',
    shouldFocusError: false,
  });
  const { control, watch, reset, handleSubmit, setError, formState } = form;

  useEffect(() => {
    // A draft restores as changes over the blank form, so leaving still asks.
    if (restored) reset(restored.values, { keepDefaultValues: true });
    // Only once, on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const draft = useFormDraft({ key: draftKey, storage: localStorage, watch, emptyValues });
  const services = useServices(user.enterprise_id);
  const choices = useAssignmentChoices(user, useWatch({ control, name: 'group' }));
  const create = useCreateTicket();
  const [failure, setFailure] = useState<SubmitFailure | null>(null);
  const { blocker, allowLeaving } = useLeaveGuard(formState.isDirty);
  const multi = isMultiParticipant(useWatch({ control, name: 'type' }));

  const onValid = async (values: TicketFormValues) => {
    draft.flush();
    setFailure(null);
    try {
      const ticket = await create.mutateAsync(toCreateTicketInput(values));
      draft.clear();
      allowLeaving();
      notifications.show({
        color: 'green',
        title: t('form.created.title', { id: ticket.id }),
        message: ticket.state === 'invited' ? t('form.created.invited') : t('form.created.text'),
      });
      void navigate(paths.ticket.href(ticket.id));
    } catch (error) {
      const otherMessages = isApiError(error, 400)
        ? applyServerErrors(error, setError, Object.keys(emptyValues))
        : [];
      setFailure({ error, otherMessages });
      if (isApiError(error, 400) && otherMessages.length === 0) focusFirstError();
      else focusAfterRender(() => alertRef.current);
    }
  };
  const submit = (event?: BaseSyntheticEvent) => handleSubmit(onValid, focusFirstError)(event);

  const discardDraft = () => {
    draft.clear();
    reset(emptyValues);
    setRestored(null);
    setFailure(null);
  };

  return (
    <FormProvider {...form}>
      <Stack gap="md" maw={980}>
        <Title order={1} size="h2">
          {t('form.create.title')}
        </Title>
        {restored && <DraftRestoredNotice savedAt={restored.savedAt} onDiscard={discardDraft} />}
        <form
          ref={formRef}
          className={classes.form}
          noValidate
          aria-label={t('form.create.title')}
          onSubmit={(event) => void submit(event)}
          onKeyDown={(event) => {
            if (!isSubmitShortcut(event)) return;
            event.preventDefault();
            void submit();
          }}
        >
          <Stack gap="md">
            <RecipientFields contactsOnly={multi} />
            <TicketFields services={services.data ?? []} servicesLoading={services.isPending} />
            <AssignmentFields
              groups={choices.groups}
              agents={choices.agents}
              agentsLoading={choices.agentsLoading}
            />
            <ScheduleFields />
            <InvitationFields multiParticipant={multi} />
            {failure && (
              <SubmitErrorAlert
                ref={alertRef}
                error={failure.error}
                otherMessages={failure.otherMessages}
                onRetry={() => void submit()}
                retrying={create.isPending}
              />
            )}
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
          </Stack>
        </form>
      </Stack>
      <LeaveConfirmModal
        opened={blocker.state === 'blocked'}
        draftKept
        onStay={() => blocker.reset?.()}
        onLeave={() => blocker.proceed?.()}
      />
    </FormProvider>
  );
}
