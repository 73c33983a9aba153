import type { DirectoryUser, GroupRef, Ticket } from '../../contract/models.ts';
import type { UpdateTicketInput } from '../../contract/requests.ts';

/**
 * An update sends agent and group ids; the ticket shows them by name. From the lists the person
 * chose in, this builds what the ticket will look like, for the optimistic update.
 */
export function optimisticAssignment(
  changes: UpdateTicketInput,
  groups: GroupRef[],
  agents: Pick<DirectoryUser, 'id' | 'username' | 'firstname' | 'lastname'>[],
): Partial<Ticket> {
  const patch: Partial<Ticket> = {};
  if (changes.agent) {
    const agent = agents.find((candidate) => String(candidate.id) === String(changes.agent));
    if (agent)
      patch.agent = {
        id: agent.id,
        username: agent.username,
        firstname: agent.firstname,
        lastname: agent.lastname,
      };
  }
  if (changes.group) {
    const group = groups.find((candidate) => candidate.id === Number(changes.group));
    if (group) patch.group = { id: group.id, name: group.name };
  }
  return patch;
}
