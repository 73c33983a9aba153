import { Button, Group } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useI18n } from '../../lib/i18n/useI18n.ts';
import type { FilterChip } from './components/FilterChips.tsx';
import { EmptyState } from '../../lib/feedback/EmptyState.tsx';
import { UnavailableButton } from '../../lib/ui/UnavailableButton.tsx';

type ListEmptyStateProps = {
  chips: FilterChip[];
  /** Past the last page of a non-empty list. */
  beyondEnd: boolean;
  onReset: () => void;
  onFirstPage: () => void;
  /** Where to see more than one's own tickets; or why upstream cannot show that. */
  showMore: { href: string; label?: string } | { unavailable: string } | null;
};

/** Why the list is empty: which filters hide everything, with the way out. */
export function ListEmptyState({ chips, beyondEnd, onReset, onFirstPage, showMore }: ListEmptyStateProps) {
  const { t } = useI18n();
  if (beyondEnd) {
    return (
      <EmptyState
        title={t('list.empty.title')}
        description={t('list.empty.beyond')}
        actions={<Button onClick={onFirstPage}>{t('list.empty.firstPage')}</Button>}
      />
    );
  }
  const description =
    chips.length > 0
      ? t('list.empty.filtered', {
          filters: chips.map((chip) => t('list.chip', { filter: chip.name, value: chip.value })).join(' · '),
        })
      : t('list.empty.mine');
  return (
    <EmptyState
      title={t('list.empty.title')}
      description={description}
      actions={
        <Group gap="sm" justify="center">
          {chips.length > 0 && (
            <Button leftSection={<IconFilterOff size={16} aria-hidden />} onClick={onReset}>
              {t('list.filters.reset')}
            </Button>
          )}
          {showMore === null ? null : 'unavailable' in showMore ? (
            <UnavailableButton variant="default" reason={showMore.unavailable}>
              {t('list.empty.showVisible')}
            </UnavailableButton>
          ) : (
            <Button component={Link} to={showMore.href} variant="default">
              {showMore.label ?? t('list.empty.showVisible')}
            </Button>
          )}
        </Group>
      }
    />
  );
}
