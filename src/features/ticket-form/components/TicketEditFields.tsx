import { Fieldset, Stack } from '@mantine/core';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import type { GroupRef } from '../../../contract/models.ts';
import type { TicketStateValue } from '../../../contract/enums.ts';
import { stateLabel } from '../../../lib/ui/StateBadge.tsx';
import type { TicketEditFormValues } from '../../../contract/ticketForm.ts';
import { allowedTransitions } from '../../../contract/transitions.ts';
import { AssignmentFields, type AgentChoice } from './AssignmentFields.tsx';
import { FormSelect } from './FormSelect.tsx';
import { TicketTextFields } from './TicketTextFields.tsx';

type TicketEditFieldsProps = {
  /** The state the ticket is in on the server: the choices are it and its allowed transitions. */
  savedState: TicketStateValue;
  groups: GroupRef[];
  agents: AgentChoice[];
  agentsLoading: boolean;
  currentAgent: AgentChoice | null;
};

/** The fields an update may change: state, subject, reference, description, group and agent. */
export function TicketEditFields({
  savedState,
  groups,
  agents,
  agentsLoading,
  currentAgent,
}: TicketEditFieldsProps) {
  const { t } = useI18n();
  const states = [savedState, ...allowedTransitions(savedState)];
  return (
    <Stack gap="md">
      <Fieldset legend={t('form.section.ticket')}>
        <Stack gap="sm">
          <FormSelect<TicketEditFormValues>
            name="state"
            label={t('form.field.state')}
            description={savedState === 'closed' ? t('form.hint.closed') : undefined}
            data={states.map((state) => ({ value: state, label: stateLabel(state, t) }))}
          />
          <TicketTextFields />
        </Stack>
      </Fieldset>
      <Fieldset legend={t('form.section.assignment')}>
        <AssignmentFields
          framed={false}
          groups={groups}
          agents={agents}
          agentsLoading={agentsLoading}
          currentAgent={currentAgent}
        />
      </Fieldset>
    </Stack>
  );
}
