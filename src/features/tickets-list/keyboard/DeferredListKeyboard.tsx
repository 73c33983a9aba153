import { lazy, Suspense } from 'react';
import type { Ticket } from '../../../contract/models.ts';

// The list's keys load just after first paint: the rows render without them.
const ListKeyboard = lazy(() =>
  import('./ListKeyboard.tsx').then((module) => ({ default: module.ListKeyboard })),
);

export function DeferredListKeyboard({ tickets }: { tickets: Ticket[] | null }) {
  return (
    <Suspense fallback={null}>
      <ListKeyboard tickets={tickets} />
    </Suspense>
  );
}
