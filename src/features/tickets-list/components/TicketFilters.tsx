import { Button, Group, Stack, TextInput } from '@mantine/core';
import { IconAdjustmentsHorizontal, IconSearch } from '@tabler/icons-react';
import { lazy, Suspense, useEffect, useId } from 'react';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { preloadWhenIdle } from '../../../lib/preloadWhenIdle.ts';
import type { ListView } from '../../../lib/list-view/ticketListView.ts';
import { DebouncedTextInput } from '../../../lib/ui/DebouncedTextInput.tsx';
import type { FilterPatch, MoreFiltersProps } from './FilterPickers.tsx';
import type { Option, OptionGroup } from './filterOptions.ts';
import classes from './TicketFilters.module.css';

export type { FilterPatch } from './FilterPickers.tsx';

// The pickers (Mantine Combobox and floating-ui) are not needed to show the rows: they load just
// after, each standing in the meantime as a read-only box of the same size and label.
const loadPickers = () => import('./FilterPickers.tsx');
const StatesFilter = lazy(() => loadPickers().then((module) => ({ default: module.StatesFilter })));
const UserFilter = lazy(() => loadPickers().then((module) => ({ default: module.UserFilter })));
// The panel behind "More filters" brings its own Collapse (and its animation code) with the pickers.
const MoreFiltersPanel = lazy(() => loadPickers().then((module) => ({ default: module.MoreFiltersPanel })));

type TicketFiltersProps = {
  view: ListView;
  onChange: (patch: FilterPatch) => void;
  /** "My tickets", "Unassigned", … then people; built by the page from the session and directory. */
  userOptions: OptionGroup[];
  groupOptions: Option[];
  serviceOptions: Option[];
  requestorOptions: Option[];
  onRequestorSearch?: (text: string) => void;
  requestorHint?: string;
  /** Why upstream cannot filter by state, when it cannot. */
  statesUnavailable?: string;
  expanded: boolean;
  onToggleExpanded: () => void;
  /** How many of the filters behind "More filters" are set. */
  hiddenActiveCount: number;
};

function PickerPlaceholder(props: { label: string; placeholder?: string; description?: string }) {
  return (
    <TextInput
      {...props}
      disabled={Boolean(props.description)}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      readOnly
    />
  );
}

/** A control for every List Tickets parameter; the common ones up front, the rest one click away. */
export function TicketFilters(props: TicketFiltersProps) {
  const { view, onChange, expanded, onToggleExpanded, hiddenActiveCount } = props;
  const { t } = useI18n();
  const moreId = useId();
  useEffect(() => preloadWhenIdle(loadPickers), []);
  const more: MoreFiltersProps = {
    view,
    onChange,
    groupOptions: props.groupOptions,
    serviceOptions: props.serviceOptions,
    requestorOptions: props.requestorOptions,
    onRequestorSearch: props.onRequestorSearch,
    requestorHint: props.requestorHint,
  };

  return (
    <Stack gap="sm">
      <div className={classes.grid}>
        <DebouncedTextInput
          label={t('list.filter.search')}
          placeholder={t('list.filter.search.placeholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          type="search"
          value={view.search ?? ''}
          onCommit={(search) => onChange({ search: search || undefined })}
        />
        <Suspense
          fallback={
            <PickerPlaceholder
              label={t('list.filter.states')}
              placeholder={view.states.length === 0 ? t('list.filter.states.placeholder') : undefined}
              description={props.statesUnavailable}
            />
          }
        >
          <StatesFilter view={view} onChange={onChange} unavailable={props.statesUnavailable} />
        </Suspense>
        <Suspense fallback={<PickerPlaceholder label={t('list.filter.user')} />}>
          <UserFilter view={view} onChange={onChange} options={props.userOptions} />
        </Suspense>
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
      </div>
      <Suspense fallback={<div id={moreId} hidden />}>
        <MoreFiltersPanel {...more} expanded={expanded} id={moreId} />
      </Suspense>
    </Stack>
  );
}
