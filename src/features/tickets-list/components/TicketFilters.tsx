import { Badge, Button } from '@mantine/core';
import { IconAdjustmentsHorizontal, IconSearch } from '@tabler/icons-react';
import { lazy, Suspense, useEffect, useId, useState, type ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { preloadWhenIdle } from '../../../lib/preloadWhenIdle.ts';
import type { FilterField, ListView } from '../../../lib/list-view/ticketListView.ts';
import { DebouncedTextInput } from '../../../lib/ui/DebouncedTextInput.tsx';
import { FilterChips, type FilterChip } from './FilterChips.tsx';
import type { AllFiltersProps, FilterPatch } from './FilterPickers.tsx';
import classes from './TicketFilters.module.css';

export type { FilterPatch } from './FilterPickers.tsx';

// The pickers (Mantine Combobox and floating-ui) are not needed to show the rows: they load once the
// browser is idle after first paint, and open behind "Filters" (a drawer on phones).
const loadPickers = () => import('./FilterPickers.tsx');
const FiltersPanel = lazy(() => loadPickers().then((module) => ({ default: module.FiltersPanel })));
const loadDrawer = () => import('./FiltersDrawer.tsx');
const FiltersDrawer = lazy(() => loadDrawer().then((module) => ({ default: module.FiltersDrawer })));

export type PickerOptions = Omit<AllFiltersProps, 'view' | 'onChange' | 'cols'>;

type TicketFiltersProps = {
  view: ListView;
  onChange: (patch: FilterPatch) => void;
  chips: FilterChip[];
  onRemove: (field: FilterField) => void;
  onReset: () => void;
  /** The options of the pickers, built by the page from the session and directory. */
  pickers: PickerOptions;
  /** Under 768 px: the pickers and chips in a drawer, only the search and the button in line. */
  phone: boolean;
  /** Whether the pickers are shown (the page asks the directory for their options only then). */
  expanded: boolean;
  onExpandedChange: (expanded: boolean) => void;
  /** Controls at the end of the line (density and columns). */
  end?: ReactNode;
};

/**
 * One line above the rows: the search, "Filters" (how many are set) and the active filters as
 * removable chips. The pickers for every filter unfold under it on demand.
 */
export function TicketFilters(props: TicketFiltersProps) {
  const { view, onChange, chips, onRemove, onReset, pickers, phone, expanded, onExpandedChange } = props;
  const { t } = useI18n();
  const panelId = useId();
  // A drawer is mounted on first use and stays (its closing animation, its focus return).
  const [drawerWanted, setDrawerWanted] = useState(false);
  useEffect(() => preloadWhenIdle(loadPickers), []);
  const count = chips.filter((chip) => chip.field !== 'search').length;
  const toggle = () => {
    if (phone) setDrawerWanted(true);
    onExpandedChange(!expanded);
  };
  const chipList = (oneLine: boolean) => (
    <FilterChips chips={chips} onRemove={onRemove} onReset={onReset} oneLine={oneLine} />
  );

  return (
    <div className={classes.wrapper}>
      <div className={classes.toolbar}>
        <DebouncedTextInput
          className={classes.search}
          aria-label={t('list.filter.search')}
          placeholder={t('list.filter.search.placeholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          type="search"
          value={view.search ?? ''}
          onCommit={(search) => onChange({ search: search || undefined })}
        />
        <Button
          variant="default"
          leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />}
          rightSection={
            count > 0 ? (
              <Badge size="sm" circle aria-hidden>
                {count}
              </Badge>
            ) : undefined
          }
          onClick={toggle}
          aria-label={count > 0 ? t('list.filters.withCount', { count }) : undefined}
          aria-expanded={expanded}
          aria-controls={phone ? undefined : panelId}
        >
          {t('list.filters.label')}
        </Button>
        {!phone && <div className={classes.chips}>{chipList(true)}</div>}
        {props.end && <div className={classes.end}>{props.end}</div>}
      </div>
      {phone ? (
        drawerWanted && (
          <Suspense fallback={null}>
            <FiltersDrawer
              opened={expanded}
              onClose={() => onExpandedChange(false)}
              view={view}
              onChange={onChange}
              chips={chipList(false)}
              {...pickers}
            />
          </Suspense>
        )
      ) : (
        <Suspense fallback={<div id={panelId} hidden />}>
          <FiltersPanel {...pickers} view={view} onChange={onChange} expanded={expanded} id={panelId} />
        </Suspense>
      )}
    </div>
  );
}
