import { lazy, Suspense } from 'react';

/**
 * The notifications container (and its transition code) is not needed to show the first page, so it
 * loads beside it. `notifications.show()` writes to a store that the container reads once mounted,
 * so nothing shown early is lost.
 */
const Notifications = lazy(() =>
  import('@mantine/notifications').then((module) => ({ default: module.Notifications })),
);

export function DeferredNotifications() {
  // Bottom left, as mail clients put their Undo: over the navigation's empty foot, never over the
  // header's account menu or a page's actions (top right), nor the list's pager (bottom right).
  return (
    <Suspense fallback={null}>
      <Notifications position="bottom-left" limit={3} />
    </Suspense>
  );
}
