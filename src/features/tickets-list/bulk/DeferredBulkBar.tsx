import { lazy, Suspense, useState } from 'react';
import { activeLocale, loadMessages } from '../../../lib/i18n/registry.ts';
import { useTicketSelection } from '../selection/useTicketSelection.ts';
import type { BulkBarProps } from './BulkBar.tsx';

/** The bar and its messages arrive on the first selection (or with a job still running after a reload). */
const BulkBar = lazy(async () => {
  const [module] = await Promise.all([import('./BulkBar.tsx'), loadMessages(['bulk'], activeLocale())]);
  return module;
});

/** The job being followed survives a reload of the page (the gateway keeps it). */
const JOB_KEY = 'apizee.bulkJob';

function storedJob(): string | null {
  return typeof sessionStorage === 'undefined' ? null : sessionStorage.getItem(JOB_KEY);
}

export function DeferredBulkBar(props: Omit<BulkBarProps, 'jobId' | 'onJob'>) {
  const selection = useTicketSelection();
  const [jobId, setJobId] = useState(storedJob);
  const follow = (id: string | null) => {
    if (id) sessionStorage.setItem(JOB_KEY, id);
    else sessionStorage.removeItem(JOB_KEY);
    setJobId(id);
  };
  if (jobId === null && selection.ids.size === 0 && !selection.allMatching) return null;
  return (
    <Suspense fallback={null}>
      <BulkBar {...props} jobId={jobId} onJob={follow} />
    </Suspense>
  );
}
