import { lazy, Suspense } from 'react';
import { loadViewsMessages } from '../../../lib/views/loadViewsMessages.ts';

// The saved views (their menu, dialogs and messages) load beside the first screen, not in it.
const SavedViewsNav = lazy(async () => {
  const [module] = await Promise.all([import('./SavedViewsNav.tsx'), loadViewsMessages()]);
  return module;
});

export function DeferredSavedViews({ onNavigate }: { onNavigate?: () => void }) {
  return (
    <Suspense fallback={null}>
      <SavedViewsNav onNavigate={onNavigate} />
    </Suspense>
  );
}
