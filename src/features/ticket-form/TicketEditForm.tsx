import { Anchor, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { useCurrentUser } from '../../lib/api/auth/getSession.ts';
import { getTicketQueryOptions } from '../../lib/api/tickets/getTicket.ts';
import { useUpdateTicket } from '../../lib/api/tickets/updateTicket.ts';
import { useI18n } from '../../lib/i18n/useI18n.ts';
import { paths } from '../../lib/routing/paths.ts';
import { ConflictAlert } from './components/ConflictAlert.tsx';
import { DraftRestoredNotice } from './components/DraftRestoredNotice.tsx';
import { FormActions } from './components/FormActions.tsx';
import { TicketEditFields } from './components/TicketEditFields.tsx';
import { TicketFormFrame } from './components/TicketFormFrame.tsx';
import './components/styles.ts';
import type { Ticket } from '../../contract/models.ts';
import {
  ticketEditFormSchema,
  ticketToEditForm,
  toUpdateTicketInput,
  type TicketEditFormValues,
} from '../../contract/ticketForm.ts';
import { readDraft } from './formDraft.ts';
import { optimisticAssignment } from './optimisticAssignment.ts';
import { useAssignmentChoices } from './useAssignmentChoices.ts';
import { useTicketFormHarness } from './useTicketFormHarness.ts';

/** The version of the ticket the edits started from: what "changed" is measured against. */
type Base = { values: TicketEditFormValues; modified: string };

/** Edits a loaded ticket; `ticket` is the cached (and refetched) server version. */
export function TicketEditForm({ ticket }: { ticket: Ticket }) {
  const user = useCurrentUser();
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const draftKey = `apizee.draft.${user.id}.ticket.${ticket.id}`;

  const [restored, setRestored] = useState(() =>
    readDraft<TicketEditFormValues, Base>(sessionStorage, draftKey, ticketToEditForm(ticket)),
  );
  const [base, setBase] = useState<Base>(
    () => restored?.extra ?? { values: ticketToEditForm(ticket), modified: ticket.modified },
  );
  /** The newest `modified` the person has seen and accepted (by reloading or keeping theirs). */
  const [knownModified, setKnownModified] = useState(base.modified);
  const update = useUpdateTicket();

  const harness = useTicketFormHarness<TicketEditFormValues, Base>({
    schema: ticketEditFormSchema,
    defaultValues: base.values,
    restoredValues: restored?.values,
    draft: { key: draftKey, storage: sessionStorage, extra: base },
    save: async (values) => {
      // Someone may have saved since the form opened: look before writing over it.
      const latest = await queryClient.fetchQuery({ ...getTicketQueryOptions(ticket.id), staleTime: 0 });
      if (latest.modified !== knownModified) return;
      const changes = toUpdateTicketInput(values, base.values);
      if (changes) {
        const optimistic = optimisticAssignment(changes, choices.groups, choices.agents);
        await update.mutateAsync({ ticketId: ticket.id, changes, optimistic });
        notifications.show({ color: 'green', message: t('form.updated', { id: ticket.id }) });
      }
      harness.finish();
      void navigate(paths.ticket.href(ticket.id));
    },
  });
  const { control, reset, formState } = harness.form;
  const choices = useAssignmentChoices(user, useWatch({ control, name: 'group' }), ticket.group);
  const saving = update.isPending || update.isSuccess;
  const conflict = !saving && ticket.modified !== knownModified;

  const reloadTheirs = () => {
    const values = ticketToEditForm(ticket);
    harness.draft.clear();
    setBase({ values, modified: ticket.modified });
    setKnownModified(ticket.modified);
    reset(values);
    setRestored(null);
    harness.clearFailure();
  };

  return (
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
      {restored && <DraftRestoredNotice savedAt={restored.savedAt} onDiscard={reloadTheirs} />}
      {conflict && (
        <ConflictAlert
          modified={ticket.modified}
          onReloadTheirs={reloadTheirs}
          onKeepMine={() => setKnownModified(ticket.modified)}
        />
      )}
      <TicketFormFrame
        harness={harness}
        label={t('form.edit.title', { id: ticket.id })}
        draftKept={false}
        retrying={formState.isSubmitting}
        actions={
          <FormActions
            submitLabel={t('common.save')}
            submitting={formState.isSubmitting}
            onCancel={() => void navigate(paths.ticket.href(ticket.id))}
          />
        }
      >
        <TicketEditFields
          savedState={ticket.state}
          groups={choices.groups}
          agents={choices.agents}
          agentsLoading={choices.agentsLoading}
          currentAgent={ticket.agent}
        />
      </TicketFormFrame>
    </Stack>
  );
}
