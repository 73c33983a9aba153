import '@mantine/core/styles/Chip.css';
import { Chip, Group, Text } from '@mantine/core';
import { useId } from 'react';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import type { EventFamily } from '../../../contract/enums.ts';

type EventFamilyFilterProps = {
  /** Families present in the timeline, with their number of events. */
  counts: [EventFamily, number][];
  /** Families shown; empty means every family. */
  value: EventFamily[];
  onChange: (families: EventFamily[]) => void;
};

/** Checkbox chips, one per family present: Tab moves between them, Space toggles. */
export function EventFamilyFilter({ counts, value, onChange }: EventFamilyFilterProps) {
  const { t, formatNumber } = useI18n();
  const labelId = useId();
  return (
    <Group gap="xs" role="group" aria-labelledby={labelId}>
      <Text id={labelId} size="sm" fw={500}>
        {t('timeline.filter.label')}
      </Text>
      <Chip size="xs" variant="outline" checked={value.length === 0} onChange={() => onChange([])}>
        {t('timeline.filter.all')}
      </Chip>
      <Chip.Group multiple value={value} onChange={(next) => onChange(next as EventFamily[])}>
        {counts.map(([family, count]) => (
          <Chip key={family} value={family} size="xs" variant="outline">
            {t(`timeline.family.${family}`)} ({formatNumber(count)})
          </Chip>
        ))}
      </Chip.Group>
    </Group>
  );
}
