import { lazy, Suspense, type ComponentProps } from 'react';

// Only phones show cards: desktops do not load them. A phone fetches them beside the list's first
// request (both start at mount), so the cards rarely wait; meanwhile the list is busy, not blank.
const TicketCards = lazy(() =>
  import('./TicketCards.tsx').then((module) => ({ default: module.TicketCards })),
);

export function DeferredTicketCards(props: ComponentProps<typeof TicketCards>) {
  return (
    <Suspense fallback={<div aria-busy="true" style={{ minHeight: '50dvh' }} />}>
      <TicketCards {...props} />
    </Suspense>
  );
}
