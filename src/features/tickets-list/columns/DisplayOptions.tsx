import { Button } from '@mantine/core';
import { IconLayoutColumns } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { useI18n } from '../../../lib/i18n/useI18n.ts';

// The chooser (Popover, checkboxes, radios) loads on the first click: the rows do not need it.
const DisplayOptionsPopover = lazy(() => import('./DisplayOptionsPopover.tsx'));

/** "Display": density and the columns, shown, hidden and in order. */
export function DisplayOptions() {
  const { t } = useI18n();
  const [wanted, setWanted] = useState(false);
  const trigger = (busy: boolean) => (
    <Button
      variant="default"
      leftSection={<IconLayoutColumns size={16} aria-hidden />}
      aria-haspopup="dialog"
      aria-expanded={false}
      aria-busy={busy || undefined}
      onClick={() => setWanted(true)}
    >
      {t('list.display.label')}
    </Button>
  );
  if (!wanted) return trigger(false);
  return (
    <Suspense fallback={trigger(true)}>
      <DisplayOptionsPopover />
    </Suspense>
  );
}
