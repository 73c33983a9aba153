import '@mantine/core/styles/Drawer.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Overlay.css';
import { Button, Drawer, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { AllFilters, type AllFiltersProps } from './FilterPickers.tsx';

type FiltersDrawerProps = Omit<AllFiltersProps, 'cols'> & {
  opened: boolean;
  onClose: () => void;
  /** The active filters, removable, with their reset. */
  chips: ReactNode;
};

/** The phone's filters: every picker in one column, in a drawer from the bottom. */
export function FiltersDrawer({ opened, onClose, chips, ...filters }: FiltersDrawerProps) {
  const { t } = useI18n();
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="bottom"
      size="85%"
      title={t('list.filters.label')}
      closeButtonProps={{ 'aria-label': t('list.filters.close') }}
    >
      <Stack gap="md" pb="md">
        {chips}
        <AllFilters {...filters} cols={{ base: 1 }} />
        <Button onClick={onClose}>{t('list.filters.done')}</Button>
      </Stack>
    </Drawer>
  );
}
