import { lazy, Suspense } from 'react';

// Keys are not needed to paint the list: the shortcuts, their matcher and the live region load just
// after first paint.
const GlobalShortcuts = lazy(() =>
  import('./GlobalShortcuts.tsx').then((module) => ({ default: module.GlobalShortcuts })),
);

export function DeferredGlobalShortcuts({ showSupervision }: { showSupervision: boolean }) {
  return (
    <Suspense fallback={null}>
      <GlobalShortcuts showSupervision={showSupervision} />
    </Suspense>
  );
}
