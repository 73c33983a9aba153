import '@mantine/core/styles/Button.css';
import '@mantine/core/styles/Chip.css';
import '@mantine/core/styles/Input.css';
import '@mantine/core/styles/SimpleGrid.css';
import { Button, Chip, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch, IconX } from '@tabler/icons-react';
import { useId } from 'react';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { MEDIA_SOURCES, MEDIA_STATUSES, MEDIA_TYPES, type MediaStatus } from '../../../contract/enums.ts';
import { DebouncedTextInput } from '../../../lib/ui/DebouncedTextInput.tsx';
import {
  activeFilterCount,
  DEFAULT_MEDIA_FILTERS,
  MEDIA_SORTS,
  type MediaFilters,
  type MediaSort,
} from './mediaFilters.ts';

type MediaFiltersBarProps = { filters: MediaFilters; onChange: (filters: MediaFilters) => void };

/** Every filter of the media list; the page keeps the values in the query string. */
export function MediaFiltersBar({ filters, onChange }: MediaFiltersBarProps) {
  const { t } = useI18n();
  const statusLabelId = useId();
  const set = <K extends keyof MediaFilters>(key: K, value: MediaFilters[K]) =>
    onChange({ ...filters, [key]: value });
  const any = { value: '', label: t('media.filters.any') };

  return (
    <Stack gap="sm" role="search" aria-label={t('media.filters.label')}>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
        <DebouncedTextInput
          label={t('media.filters.search')}
          placeholder={t('media.filters.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={filters.search}
          onCommit={(value) => set('search', value)}
          type="search"
        />
        <NativeSelect
          label={t('media.filters.type')}
          value={filters.mediaType ?? ''}
          onChange={(event) =>
            set('mediaType', (event.currentTarget.value || null) as MediaFilters['mediaType'])
          }
          data={[any, ...MEDIA_TYPES.map((type) => ({ value: type, label: t(`media.type.${type}`) }))]}
        />
        <NativeSelect
          label={t('media.filters.source')}
          value={filters.source ?? ''}
          onChange={(event) => set('source', (event.currentTarget.value || null) as MediaFilters['source'])}
          data={[
            any,
            ...MEDIA_SOURCES.map((source) => ({ value: source, label: t(`media.source.${source}`) })),
          ]}
        />
        <NativeSelect
          label={t('media.filters.sort')}
          value={filters.sort}
          onChange={(event) => set('sort', event.currentTarget.value as MediaSort)}
          data={MEDIA_SORTS.map((sort) => ({ value: sort, label: t(`media.sort.${sort}`) }))}
        />
        <DebouncedTextInput
          label={t('media.filters.tag')}
          value={filters.tag}
          onCommit={(value) => set('tag', value)}
        />
        <TextInput
          type="date"
          label={t('media.filters.since')}
          value={filters.since}
          max={filters.until || undefined}
          onChange={(event) => set('since', event.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('media.filters.until')}
          value={filters.until}
          min={filters.since || undefined}
          onChange={(event) => set('until', event.currentTarget.value)}
        />
      </SimpleGrid>
      <Group gap="xs" justify="space-between">
        <Group gap="xs" role="group" aria-labelledby={statusLabelId}>
          <Text id={statusLabelId} size="sm" fw={500}>
            {t('media.filters.status')}
          </Text>
          <Chip
            size="xs"
            variant="outline"
            checked={filters.status.length === 0}
            onChange={() => set('status', [])}
          >
            {t('media.filters.any')}
          </Chip>
          <Chip.Group
            multiple
            value={filters.status}
            onChange={(value) => set('status', value as MediaStatus[])}
          >
            {MEDIA_STATUSES.map((status) => (
              <Chip key={status} value={status} size="xs" variant="outline">
                {t(`media.status.${status}`)}
              </Chip>
            ))}
          </Chip.Group>
        </Group>
        {activeFilterCount(filters) > 0 && (
          <Button
            size="xs"
            variant="subtle"
            leftSection={<IconX size={14} aria-hidden />}
            onClick={() => onChange({ ...DEFAULT_MEDIA_FILTERS, sort: filters.sort })}
          >
            {t('media.filters.reset')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
