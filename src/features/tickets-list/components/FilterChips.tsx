import { Badge, Button, CloseButton, Group } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import type { FilterField } from '../../../lib/list-view/ticketListView.ts';
import { useI18n } from '../../../lib/i18n/useI18n.ts';

/** So that two chips, the reset and the toolbar's other controls fit one line at 1280 px. */
const ONE_LINE_CHIP_WIDTH = '12rem';

export type FilterChip = { field: FilterField; name: string; value: string };

type FilterChipsProps = {
  chips: FilterChip[];
  onRemove: (field: FilterField) => void;
  onReset: () => void;
  /** On one line that scrolls sideways (the toolbar), rather than wrapping (the phone's drawer). */
  oneLine?: boolean;
};

/** The active filters, each removable with a real (keyboard-reachable) button, and one reset for all. */
export function FilterChips({ chips, onRemove, onReset, oneLine = false }: FilterChipsProps) {
  const { t } = useI18n();
  if (chips.length === 0) return null;
  return (
    <Group gap="xs" wrap={oneLine ? 'nowrap' : 'wrap'} role="group" aria-label={t('list.filters.active')}>
      {chips.map((chip) => {
        const text = t('list.chip', { filter: chip.name, value: chip.value });
        return (
          <Badge
            key={chip.field}
            size="lg"
            radius="xl"
            flex="none"
            variant="default"
            tt="none"
            fw={500}
            // On one line a long chip ("State: New, Open, Invited, In progress") is cut short, whole on hover.
            maw={oneLine ? ONE_LINE_CHIP_WIDTH : undefined}
            title={oneLine ? text : undefined}
            styles={{
              label: oneLine ? { overflow: 'hidden', textOverflow: 'ellipsis' } : { overflow: 'visible' },
            }}
            pr={4}
            rightSection={
              <CloseButton
                size="xs"
                radius="xl"
                onClick={() => onRemove(chip.field)}
                aria-label={t('list.filters.remove', { filter: chip.name })}
              />
            }
          >
            {text}
          </Badge>
        );
      })}
      <Button
        size="compact-sm"
        variant="subtle"
        flex="none"
        leftSection={<IconFilterOff size={14} aria-hidden />}
        onClick={onReset}
      >
        {t('list.filters.reset')}
      </Button>
    </Group>
  );
}
