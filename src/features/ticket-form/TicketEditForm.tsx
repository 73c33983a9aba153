import { zodResolver } from '@hookform/resolvers/zod';
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type BaseSyntheticEvent } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { useCurrentUser } from '../../lib/api/auth/getSession.ts';
import { isApiError } from '../../lib/api/errors.ts';
import { getTicketQueryOptions } from '../../lib/api/tickets/getTicket.ts';
import { useUpdateTicket } from '../../lib/api/tickets/updateTicket.ts';
import { useI18n } from '../../lib/i18n/useI18n.ts';
import { paths } from '../../lib/routing/paths.ts';
import { ConflictAlert } from './components/ConflictAlert.tsx';
import { DraftRestoredNotice } from './components/DraftRestoredNotice.tsx';
import { FormActions } from './components/FormActions.tsx';
import { LeaveConfirmModal } from './components/LeaveConfirmModal.tsx';
import { SubmitErrorAlert } from './components/SubmitErrorAlert.tsx';
import { TicketEditFields } from './components/TicketEditFields.tsx';
import './components/styles.ts';
import type { Ticket } from '../../contract/models.ts';
import {
  ticketEditFormSchema,
  ticketToEditForm,
  toUpdateTicketInput,
  type TicketEditFormValues,
} from '../../contract/ticketForm.ts';
import { readDraft, useFormDraft } from './formDraft.ts';
import { firstInvalidField, isSubmitShortcut, useFocusAfterRender } from './formKeyboard.ts';
import { optimisticAssignment } from './optimisticAssignment.ts';
import { applyServerErrors } from './serverErrors.ts';
import { useAssignmentChoices } from './useAssignmentChoices.ts';
import classes from './ticketForm.module.css';
import { useLeaveGuard } from './useLeaveGuard.ts';

/** The version of the ticket the edits started from: what "changed" is measured against. */
type Base = { values: TicketEditFormValues; modified: string };
type SubmitFailure = { error: unknown; otherMessages: string[] };

/** Edits a loaded ticket; `ticket` is the cached (and refetched) server version. */
export function TicketEditForm({ ticket }: { ticket: Ticket }) {
  const user = useCurrentUser();
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const focusFirstError = () => focusAfterRender(() => firstInvalidField(formRef.current));
  const draftKey = `apizee.draft.${user.id}.ticket.${ticket.id}`;

  const [restored, setRestored] = useState(() =>
    readDraft<TicketEditFormValues, Base>(sessionStorage, draftKey, ticketToEditForm(ticket)),
  );
  const [base, setBase] = useState<Base>(
    () => restored?.extra ?? { values: ticketToEditForm(ticket), modified: ticket.modified },
  );
  /** The newest `modified` the person has seen and accepted (by reloading or keeping theirs). */
  const [knownModified, setKnownModified] = useState(base.modified);

  const form = useForm<TicketEditFormValues>({
    resolver: zodResolver(ticketEditFormSchema),
    defaultValues: base.values,
    mode: 'onTouched',
    shouldFocusError: false,
  });
  const { control, watch, reset, handleSubmit, setError, formState } = form;

  useEffect(() => {
    if (restored) reset(restored.values, { keepDefaultValues: true });
    // Only once, on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const draft = useFormDraft({
    key: draftKey,
    storage: sessionStorage,
    watch,
    emptyValues: base.values,
    extra: base,
  });
  const choices = useAssignmentChoices(user, useWatch({ control, name: 'group' }), ticket.group);
  const update = useUpdateTicket();
  const [failure, setFailure] = useState<SubmitFailure | null>(null);
  const { blocker, allowLeaving } = useLeaveGuard(formState.isDirty);
  const saving = update.isPending || update.isSuccess;
  const conflict = !saving && ticket.modified !== knownModified;
  const fields = useMemo(() => Object.keys(base.values), [base.values]);

  const reloadTheirs = () => {
    const values = ticketToEditForm(ticket);
    draft.clear();
    setBase({ values, modified: ticket.modified });
    setKnownModified(ticket.modified);
    reset(values);
    setRestored(null);
    setFailure(null);
  };

  const onValid = async (values: TicketEditFormValues) => {
    draft.flush();
    setFailure(null);
    try {
      // Someone may have saved since the form opened: look before writing over it.
      const latest = await queryClient.fetchQuery({ ...getTicketQueryOptions(ticket.id), staleTime: 0 });
      if (latest.modified !== knownModified) return;
      const changes = toUpdateTicketInput(values, base.values);
      if (changes) {
        const optimistic = optimisticAssignment(changes, choices.groups, choices.agents);
        await update.mutateAsync({ ticketId: ticket.id, changes, optimistic });
        notifications.show({ color: 'green', message: t('form.updated', { id: ticket.id }) });
      }
      draft.clear();
      allowLeaving();
      void navigate(paths.ticket.href(ticket.id));
    } catch (error) {
      const otherMessages = isApiError(error, 400) ? applyServerErrors(error, setError, fields) : [];
      setFailure({ error, otherMessages });
      if (isApiError(error, 400) && otherMessages.length === 0) focusFirstError();
      else focusAfterRender(() => alertRef.current);
    }
  };
  const submit = (event?: BaseSyntheticEvent) => handleSubmit(onValid, focusFirstError)(event);

  return (
    <FormProvider {...form}>
      <Stack gap="md" maw={980}>
        <div>
          <Title order={1} size="h2">
            {t('form.edit.title', { id: ticket.id })}
          </Title>
          <Text size="sm" c="dimmed">
            <Anchor component={Link} to={paths.ticket.href(ticket.id)}>
              {ticket.subject || t('form.edit.untitled')}
            </Anchor>
          </Text>
        </div>
        {restored && (
          <DraftRestoredNotice
            savedAt={restored.savedAt}
            onDiscard={() => {
              reloadTheirs();
            }}
          />
        )}
        {conflict && (
          <ConflictAlert
            modified={ticket.modified}
            onReloadTheirs={reloadTheirs}
            onKeepMine={() => setKnownModified(ticket.modified)}
          />
        )}
        <form
          ref={formRef}
          className={classes.form}
          noValidate
          aria-label={t('form.edit.title', { id: ticket.id })}
          onSubmit={(event) => void submit(event)}
          onKeyDown={(event) => {
            if (!isSubmitShortcut(event)) return;
            event.preventDefault();
            void submit();
          }}
        >
          <Stack gap="md">
            <TicketEditFields
              savedState={ticket.state}
              groups={choices.groups}
              agents={choices.agents}
              agentsLoading={choices.agentsLoading}
              currentAgent={ticket.agent}
            />
            {failure && (
              <SubmitErrorAlert
                ref={alertRef}
                error={failure.error}
                otherMessages={failure.otherMessages}
                onRetry={() => void submit()}
                retrying={formState.isSubmitting}
              />
            )}
            <FormActions
              submitLabel={t('common.save')}
              submitting={formState.isSubmitting}
              onCancel={() => void navigate(paths.ticket.href(ticket.id))}
            />
          </Stack>
        </form>
      </Stack>
      <LeaveConfirmModal
        opened={blocker.state === 'blocked'}
        draftKept={false}
        onStay={() => blocker.reset?.()}
        onLeave={() => {
          draft.clear();
          blocker.proceed?.();
        }}
      />
    </FormProvider>
  );
}
