import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { isAdmin } from '../../lib/api/auth/roles.ts';
import { contactName, useContacts } from '../../lib/api/directory/getContacts.ts';
import { useGroups } from '../../lib/api/directory/getGroups.ts';
import { useServices } from '../../lib/api/directory/getServices.ts';
import { userFullName, useUsers } from '../../lib/api/directory/getUsers.ts';
import { useI18n } from '../../lib/i18n/useI18n.ts';
import type { ListView } from '../../lib/list-view/ticketListView.ts';
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
 * groups, services and contacts when their picker is shown or a chip must name their value.
 */
export function useFilterOptions(
  currentUser: User,
  view: ListView,
  tickets: Ticket[] | undefined,
  expanded: boolean,
) {
  const { t } = useI18n();
  const enterpriseId = currentUser.enterprise_id;
  const users = useUsers(enterpriseId, { limit: USER_PICKER_LIMIT });
  const groups = useGroups(enterpriseId, { enabled: expanded || view.group !== undefined });
  const services = useServices(enterpriseId, { enabled: expanded || view.service !== undefined });
  const [contactSearch, setContactSearch] = useState('');
  const [debouncedContactSearch] = useDebouncedValue(contactSearch, 300);
  const contacts = useContacts(debouncedContactSearch, { enabled: expanded });

  return useMemo(() => {
    const userOptions: OptionGroup[] = [
      {
        group: t('list.filter.user.views'),
        items: [
          { value: MY_TICKETS, label: t('list.filter.user.mine') },
          { value: 'unassigned', label: t('list.filter.user.unassigned') },
          { value: 'visible', label: t('list.filter.user.visible') },
          ...(isAdmin(currentUser) ? [{ value: 'all', label: t('list.filter.user.all') }] : []),
        ],
      },
    ];
    const people = (users.data?.data ?? [])
      .filter((person) => person.id !== currentUser.id)
      .map((person) => ({ value: String(person.id), label: userFullName(person) }));
    if (
      view.user !== undefined &&
      typeof view.user === 'number' &&
      !people.some((p) => p.value === String(view.user))
    ) {
      people.push({ value: String(view.user), label: `#${view.user}` });
    }
    if (people.length > 0) userOptions.push({ group: t('list.filter.user.people'), items: people });

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
      { value: ALL_SERVICES, label: t('list.filter.service.all') },
      ...(services.data ?? [])
        .filter((service) => !service.default)
        .map((service) => ({ value: service.key, label: service.name })),
    ];

    // A filtered list names its requestor in every row: the best label when the picker has not loaded it.
    const requestorFromRows = tickets?.find((ticket) => ticket.requestor?.id === view.requestor)?.requestor;
    const requestorOptions: Option[] = (contacts.data?.data ?? []).map((contact) => ({
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
      onRequestorSearch: setContactSearch,
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
  ]);
}
