/**
 * The filter pickers built on Mantine's Combobox (and so floating-ui): behind "Filters" (or in the
 * phone's filters drawer), loaded once the list's first rows are painted (see ListToolbar).
 */
import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Pill.css';
import '@mantine/core/styles/PillsInput.css';
import '@mantine/core/styles/Checkbox.css';
import '@mantine/core/styles/ScrollArea.css';
import { Collapse, MultiSelect, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import type { FilterField, ListView } from '../../../lib/list-view/ticketListView.ts';
import {
  STATE_FAMILIES,
  TICKET_TYPES,
  type StateFamily,
  type TicketState,
  type TicketType,
} from '../../../contract/enums.ts';
import { DebouncedTextInput } from '../../../lib/ui/DebouncedTextInput.tsx';
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

type PickerProps = { view: ListView; onChange: (patch: FilterPatch) => void };

/** `unavailable`: why upstream cannot filter by state (the [ext] is missing); the picker is disabled. */
export function StatesFilter({ view, onChange, unavailable }: PickerProps & { unavailable?: string }) {
  const { t } = useI18n();
  const stateGroups = (Object.keys(STATE_FAMILIES) as StateFamily[]).map((family) => ({
    group: t(`stateFamily.${family}`),
    items: STATE_FAMILIES[family].map((state) => ({ value: state, label: t(`state.${state}`) })),
  }));
  return (
    <MultiSelect
      label={t('list.filter.states')}
      placeholder={view.states.length === 0 ? t('list.filter.states.placeholder') : undefined}
      data={stateGroups}
      value={view.states}
      onChange={(states) => onChange({ states: states as TicketState[] })}
      clearable={!unavailable}
      disabled={Boolean(unavailable)}
      description={unavailable}
      // The reason under the box, so the boxes of the row stay aligned.
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      hidePickedOptions={false}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

export function UserFilter({ view, onChange, options }: PickerProps & { options: OptionGroup[] }) {
  const { t } = useI18n();
  return (
    <Select
      label={t('list.filter.user')}
      data={options}
      value={userToOption(view.user)}
      onChange={(value) => onChange({ user: optionToUser(value) })}
      searchable
      allowDeselect={false}
      nothingFoundMessage={t('list.filter.nothingFound')}
    />
  );
}

export type AllFiltersProps = PickerProps & {
  userOptions: OptionGroup[];
  groupOptions: Option[];
  serviceOptions: Option[];
  requestorOptions: Option[];
  /** Searches upstream's contacts; absent without that lookup, when the options are filtered here. */
  onRequestorSearch?: (text: string) => void;
  /** Why the requestors offered are only some (no contacts lookup upstream). */
  requestorHint?: string;
  /** Why upstream cannot filter by state, when it cannot. */
  statesUnavailable?: string;
  /** Phones: one column, in the filters drawer. */
  cols?: { base: number; xs?: number; md?: number };
};

const DATE_FILTERS = ['since', 'until', 'startedAfter', 'endedBefore'] as const;

/** Below the toolbar on a wide screen, folding open and shut ("Filters"). */
export function FiltersPanel({
  expanded,
  id,
  ...props
}: AllFiltersProps & { expanded: boolean; id: string }) {
  return (
    <Collapse expanded={expanded} id={id}>
      <AllFilters {...props} />
    </Collapse>
  );
}

/** A picker for every List Tickets filter but the search (which stays in the toolbar). */
export function AllFilters(props: AllFiltersProps) {
  const { view, onChange } = props;
  const { t } = useI18n();
  const nothingFound = t('list.filter.nothingFound');
  return (
    <SimpleGrid cols={props.cols ?? { base: 1, xs: 2, md: 4 }} spacing="sm" verticalSpacing="sm">
      <StatesFilter view={view} onChange={onChange} unavailable={props.statesUnavailable} />
      <UserFilter view={view} onChange={onChange} options={props.userOptions} />
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
        placeholder={props.onRequestorSearch ? t('list.filter.requestor.placeholder') : t('list.filter.any')}
        description={props.requestorHint}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        data={props.requestorOptions}
        value={view.requestor === undefined ? null : String(view.requestor)}
        onChange={(value) => onChange({ requestor: optionToId(value) })}
        onSearchChange={props.onRequestorSearch}
        // Upstream's search already filtered the contacts; without it the choices are filtered here.
        filter={props.onRequestorSearch ? ({ options }) => options : undefined}
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
        onChange={(value) => onChange({ service: !value || value === DEFAULT_SERVICE ? undefined : value })}
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
  );
}
