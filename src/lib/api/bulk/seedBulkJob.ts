import type { QueryClient } from '@tanstack/react-query';
import type { BulkJob } from '../../../contract/bulk.ts';
import { bulkKeys } from '../queryKeys.ts';

/**
 * Puts a job just started into its query, then reads it once more: a short job's live events can
 * arrive before the POST's answer does, when there was no query yet for them to patch.
 */
export function seedBulkJob(queryClient: QueryClient, job: BulkJob) {
  const queryKey = bulkKeys.job(job.id);
  queryClient.setQueryData(queryKey, job);
  if (job.status === 'running') void queryClient.invalidateQueries({ queryKey });
}
