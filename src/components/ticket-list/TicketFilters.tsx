import { Button, Collapse, Group, MultiSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { IconAdjustmentsHorizontal, IconSearch } from '@tabler/icons-react';
import { useId } from 'react';
import { useI18n } from '../../app/i18n/useI18n.ts';
import type { FilterField, ListView } from '../../app/ticketListView.ts';
import {
  STATE_FAMILIES,
  TICKET_TYPES,
  type StateFamily,
  type TicketState,
  type TicketType,
} from '../../contract/enums.ts';
import { DebouncedTextInput } from './DebouncedTextInput.tsx';
import {
  dateInputValue,
  DEFAULT_SERVICE,
  optionToId,
  optionToUser,
  userToOption,
  type Option,
  type OptionGroup,
} from './filterOptions.ts';

export type FilterPatch = Partial<Pick<ListView, FilterField>>;

type TicketFiltersProps = {
  view: ListView;
  onChange: (patch: FilterPatch) => void;
  /** "My tickets", "Unassigned", … then people; built by the page from the session and directory. */
  userOptions: OptionGroup[];
  groupOptions: Option[];
  serviceOptions: Option[];
  requestorOptions: Option[];
  onRequestorSearch: (text: string) => void;
  expanded: boolean;
  onToggleExpanded: () => void;
  /** How many of the filters behind "More filters" are set. */
  hiddenActiveCount: number;
};

const DATE_FILTERS = ['since', 'until', 'startedAfter', 'endedBefore'] as const;

/** A control for every List Tickets parameter; the common ones up front, the rest one click away. */
export function TicketFilters(props: TicketFiltersProps) {
  const { view, onChange, expanded, onToggleExpanded, hiddenActiveCount } = props;
  const { t } = useI18n();
  const moreId = useId();
  const nothingFound = t('list.filter.nothingFound');
  const stateGroups = (Object.keys(STATE_FAMILIES) as StateFamily[]).map((family) => ({
    group: t(`stateFamily.${family}`),
    items: STATE_FAMILIES[family].map((state) => ({ value: state, label: t(`state.${state}`) })),
  }));

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" verticalSpacing="sm">
        <DebouncedTextInput
          label={t('list.filter.search')}
          placeholder={t('list.filter.search.placeholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          type="search"
          value={view.search ?? ''}
          onCommit={(search) => onChange({ search: search || undefined })}
        />
        <MultiSelect
          label={t('list.filter.states')}
          placeholder={view.states.length === 0 ? t('list.filter.states.placeholder') : undefined}
          data={stateGroups}
          value={view.states}
          onChange={(states) => onChange({ states: states as TicketState[] })}
          clearable
          hidePickedOptions={false}
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label={t('list.filter.user')}
          data={props.userOptions}
          value={userToOption(view.user)}
          onChange={(value) => onChange({ user: optionToUser(value) })}
          searchable
          allowDeselect={false}
          nothingFoundMessage={nothingFound}
        />
        <Group align="flex-end">
          <Button
            variant="default"
            leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />}
            onClick={onToggleExpanded}
            aria-expanded={expanded}
            aria-controls={moreId}
          >
            {expanded ? t('list.filters.fewer') : t('list.filters.more')}
            {!expanded && hiddenActiveCount > 0 ? ` (${hiddenActiveCount})` : ''}
          </Button>
        </Group>
      </SimpleGrid>
      <Collapse expanded={expanded} id={moreId}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" verticalSpacing="sm">
          <Select
            label={t('list.filter.type')}
            placeholder={t('list.filter.any')}
            data={TICKET_TYPES.map((type) => ({ value: type, label: t(`type.${type}`) }))}
            value={view.type ?? null}
            onChange={(value) => onChange({ type: (value as TicketType | null) ?? undefined })}
            clearable
          />
          <DebouncedTextInput
            label={t('list.filter.reference')}
            value={view.reference ?? ''}
            onCommit={(reference) => onChange({ reference: reference || undefined })}
          />
          <Select
            label={t('list.filter.requestor')}
            placeholder={t('list.filter.requestor.placeholder')}
            data={props.requestorOptions}
            value={view.requestor === undefined ? null : String(view.requestor)}
            onChange={(value) => onChange({ requestor: optionToId(value) })}
            onSearchChange={props.onRequestorSearch}
            filter={({ options }) => options}
            searchable
            clearable
            nothingFoundMessage={nothingFound}
          />
          <Select
            label={t('list.filter.group')}
            placeholder={t('list.filter.any')}
            data={props.groupOptions}
            value={view.group === undefined ? null : String(view.group)}
            onChange={(value) => onChange({ group: optionToId(value) })}
            searchable
            clearable
            nothingFoundMessage={nothingFound}
          />
          <Select
            label={t('list.filter.service')}
            data={props.serviceOptions}
            value={view.service ?? DEFAULT_SERVICE}
            onChange={(value) =>
              onChange({ service: !value || value === DEFAULT_SERVICE ? undefined : value })
            }
            allowDeselect={false}
          />
          {DATE_FILTERS.map((field) => (
            <TextInput
              key={field}
              type="date"
              label={t(`list.filter.${field}`)}
              value={dateInputValue(view[field])}
              onChange={(event) => onChange({ [field]: event.currentTarget.value || undefined })}
            />
          ))}
        </SimpleGrid>
      </Collapse>
    </Stack>
  );
}
