import { lazy, Suspense } from 'react';
import { activeLocale, loadMessages } from '../../lib/i18n/registry.ts';

// The stream and its status load just after first paint: the list renders without them (and polls
// until the stream is up).
const LiveStatus = lazy(async () => {
  const [module] = await Promise.all([import('./LiveStatus.tsx'), loadMessages(['live'], activeLocale())]);
  return { default: module.LiveStatus };
});

export function DeferredLiveStatus() {
  return (
    <Suspense fallback={null}>
      <LiveStatus />
    </Suspense>
  );
}
