import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { isAdmin } from '../../lib/api/auth/roles.ts';
import { contactName, useContacts } from '../../lib/api/directory/getContacts.ts';
import { useGroups } from '../../lib/api/directory/getGroups.ts';
import { useServices } from '../../lib/api/directory/getServices.ts';
import { userFullName, useUsers } from '../../lib/api/directory/getUsers.ts';
import { useI18n } from '../../lib/i18n/useI18n.ts';
import type { ListCapabilities, ListView } from '../../lib/list-view/ticketListView.ts';
import { DEFAULT_SERVICE, MY_TICKETS, type Option, type OptionGroup } from './components/filterOptions.ts';
import type { Ticket, User } from '../../contract/models.ts';
import { ALL_SERVICES } from '../../contract/paramRules.ts';

const USER_PICKER_LIMIT = 100;

export type FilterLabels = {
  user: (id: number) => string;
  group: (id: number) => string;
  service: (key: string) => string;
  requestor: (id: number) => string;
};

/**
 * Options of the filter pickers, from the directory. Directory calls are spent only when needed:
 * groups, services and contacts when their picker is shown or a chip must name their value. A value
 * upstream cannot answer ([ext] it lacks: the user scopes, all services) stays listed, disabled, with
 * the reason in its label. Without the contacts lookup, the requestors to pick from are those of the
 * tickets shown.
 */
export function useFilterOptions(
  currentUser: User,
  view: ListView,
  tickets: Ticket[] | undefined,
  expanded: boolean,
  capabilities: ListCapabilities & { contacts: boolean },
) {
  const { t } = useI18n();
  const enterpriseId = currentUser.enterprise_id;
  const users = useUsers(enterpriseId, { limit: USER_PICKER_LIMIT });
  const groups = useGroups(enterpriseId, { enabled: expanded || view.group !== undefined });
  const services = useServices(enterpriseId, { enabled: expanded || view.service !== undefined });
  const [contactSearch, setContactSearch] = useState('');
  const [debouncedContactSearch] = useDebouncedValue(contactSearch, 300);
  const contacts = useContacts(debouncedContactSearch, { enabled: expanded && capabilities.contacts });
  const { userScopes, allServices, contacts: hasContacts } = capabilities;

  return useMemo(() => {
    const unavailable = (label: string) => t('list.ext.option', { label });
    const scope = (value: 'unassigned' | 'visible', label: string): Option =>
      userScopes ? { value, label } : { value, label: unavailable(label), disabled: true };
    const userOptions: OptionGroup[] = [
      {
        group: t('list.filter.user.views'),
        items: [
          { value: MY_TICKETS, label: t('list.filter.user.mine') },
          scope('unassigned', t('list.filter.user.unassigned')),
          scope('visible', t('list.filter.user.visible')),
          ...(isAdmin(currentUser) ? [{ value: 'all', label: t('list.filter.user.all') }] : []),
        ],
      },
    ];
    const directory = (users.data?.data ?? [])
      .filter((person) => person.id !== currentUser.id)
      .map((person) => ({ value: String(person.id), label: userFullName(person) }));
    if (
      view.user !== undefined &&
      typeof view.user === 'number' &&
      !directory.some((p) => p.value === String(view.user))
    ) {
      directory.push({ value: String(view.user), label: `#${view.user}` });
    }
    if (directory.length > 0) userOptions.push({ group: t('list.filter.user.people'), items: directory });

    const groupOptions: Option[] = (groups.data ?? []).map((group) => ({
      value: String(group.id),
      label: group.name,
    }));
    const defaultService = services.data?.find((service) => service.default);
    const serviceOptions: Option[] = [
      {
        value: DEFAULT_SERVICE,
        label: defaultService
          ? t('list.filter.service.defaultNamed', { name: defaultService.name })
          : t('list.filter.service.default'),
      },
      allServices
        ? { value: ALL_SERVICES, label: t('list.filter.service.all') }
        : { value: ALL_SERVICES, label: unavailable(t('list.filter.service.all')), disabled: true },
      ...(services.data ?? [])
        .filter((service) => !service.default)
        .map((service) => ({ value: service.key, label: service.name })),
    ];

    // A filtered list names its requestor in every row: the best label when the picker has not loaded it.
    const requestorFromRows = tickets?.find((ticket) => ticket.requestor?.id === view.requestor)?.requestor;
    const people = hasContacts ? (contacts.data?.data ?? []) : requestorsOf(tickets ?? []);
    const requestorOptions: Option[] = people.map((contact) => ({
      value: String(contact.id),
      label: [contactName(contact) || contact.email[0] || `#${contact.id}`, contact.company]
        .filter(Boolean)
        .join(' · '),
    }));
    if (view.requestor !== undefined && !requestorOptions.some((o) => o.value === String(view.requestor))) {
      requestorOptions.unshift({
        value: String(view.requestor),
        label: (requestorFromRows && contactName(requestorFromRows)) || `#${view.requestor}`,
      });
    }

    const labels: FilterLabels = {
      user: (id) => {
        if (id === currentUser.id) return userFullName(currentUser);
        const person = users.data?.data.find((candidate) => candidate.id === id);
        return person ? userFullName(person) : `#${id}`;
      },
      group: (id) => groups.data?.find((group) => group.id === id)?.name ?? `#${id}`,
      service: (key) =>
        key === ALL_SERVICES
          ? t('list.filter.service.all')
          : (services.data?.find((s) => s.key === key)?.name ?? key),
      requestor: (id) => requestorOptions.find((option) => option.value === String(id))?.label ?? `#${id}`,
    };
    return {
      userOptions,
      groupOptions,
      serviceOptions,
      requestorOptions,
      onRequestorSearch: hasContacts ? setContactSearch : undefined,
      requestorHint: hasContacts ? undefined : t('list.ext.contacts'),
      labels,
    };
  }, [
    t,
    currentUser,
    users.data,
    groups.data,
    services.data,
    contacts.data,
    tickets,
    view.user,
    view.requestor,
    userScopes,
    allServices,
    hasContacts,
  ]);
}

/** The requestors of the tickets shown, once each: the choice when upstream has no contacts lookup. */
function requestorsOf(tickets: readonly Ticket[]): NonNullable<Ticket['requestor']>[] {
  const byId = new Map<number, NonNullable<Ticket['requestor']>>();
  for (const ticket of tickets) {
    if (ticket.requestor && !byId.has(ticket.requestor.id)) byId.set(ticket.requestor.id, ticket.requestor);
  }
  return [...byId.values()];
}
