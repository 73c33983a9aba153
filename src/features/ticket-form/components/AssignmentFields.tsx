import { Fieldset, SimpleGrid } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import type { DirectoryUser, GroupRef } from '../../../contract/models.ts';
import type { TicketFormValues } from '../../../contract/ticketForm.ts';
import { FormSelect } from './FormSelect.tsx';

type AssignmentValues = Pick<TicketFormValues, 'group' | 'agent'>;

export type AgentChoice = Pick<DirectoryUser, 'id' | 'username' | 'firstname' | 'lastname'>;

type AssignmentFieldsProps = {
  groups: GroupRef[];
  /** The agents who may take the ticket: the members of the chosen group, or everyone. */
  agents: AgentChoice[];
  agentsLoading: boolean;
  /** The agent the ticket has now, kept as a choice even when the list does not hold them. */
  currentAgent?: AgentChoice | null;
  /** Inside the edit form the section has no frame of its own. */
  framed?: boolean;
};

export function agentLabel(agent: AgentChoice): string {
  const name = `${agent.firstname} ${agent.lastname}`.trim();
  return name ? `${name} (${agent.username})` : agent.username;
}

/** Group, then agent: choosing a group narrows the agents to its members. */
export function AssignmentFields({
  groups,
  agents,
  agentsLoading,
  currentAgent,
  framed = true,
}: AssignmentFieldsProps) {
  const { t } = useI18n();
  const { control, setValue, getValues } = useFormContext<AssignmentValues>();
  const [group, agent] = useWatch({ control, name: ['group', 'agent'] });
  const groupChosen = useRef(false);

  // After the person picks another group, an agent who is not in it is no longer a valid choice.
  useEffect(() => {
    if (!groupChosen.current || agentsLoading) return;
    const chosen = getValues('agent');
    if (chosen && !agents.some((member) => String(member.id) === chosen)) {
      setValue('agent', '', { shouldDirty: true });
    }
  }, [agents, agentsLoading, getValues, setValue]);

  const choices =
    currentAgent && !agents.some((a) => a.id === currentAgent.id) && agent === String(currentAgent.id)
      ? [currentAgent, ...agents]
      : agents;

  const fields = (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <FormSelect<AssignmentValues>
        name="group"
        label={t('form.field.group')}
        data={groups.map((group) => ({ value: String(group.id), label: group.name }))}
        placeholder={t('form.group.none')}
        searchable
        clearable
        onValueChange={() => {
          groupChosen.current = true;
        }}
      />
      <FormSelect<AssignmentValues>
        name="agent"
        label={t('form.field.agent')}
        description={group ? t('form.hint.agentInGroup') : undefined}
        data={choices.map((choice) => ({ value: String(choice.id), label: agentLabel(choice) }))}
        placeholder={agentsLoading ? t('common.loading') : t('form.agent.none')}
        searchable
        clearable
      />
    </SimpleGrid>
  );
  return framed ? <Fieldset legend={t('form.section.assignment')}>{fields}</Fieldset> : fields;
}
