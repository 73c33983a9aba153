import { lazy, Suspense } from 'react';

// The stream and its status load just after first paint: the list renders without them (and polls
// until the stream is up).
const LiveStatus = lazy(() => import('./LiveStatus.tsx').then((module) => ({ default: module.LiveStatus })));

export function DeferredLiveStatus() {
  return (
    <Suspense fallback={null}>
      <LiveStatus />
    </Suspense>
  );
}
