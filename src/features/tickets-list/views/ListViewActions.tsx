import { lazy, Suspense } from 'react';
import { loadViewsMessages } from '../../../lib/views/loadViewsMessages.ts';
import type { ListViewToolbarProps } from './ListViewToolbar.tsx';

// Saving a view and the CSV export (dialogs, progress, their messages) load beside the rows, not with them.
const ListViewToolbar = lazy(async () => {
  const [module] = await Promise.all([import('./ListViewToolbar.tsx'), loadViewsMessages()]);
  return module;
});

export function ListViewActions(props: ListViewToolbarProps) {
  return (
    <Suspense fallback={null}>
      <ListViewToolbar {...props} />
    </Suspense>
  );
}
