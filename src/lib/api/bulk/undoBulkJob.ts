import { useMutation, useQueryClient } from '@tanstack/react-query';
import { bulkJobSchema, bulkPaths, type BulkJob } from '../../../contract/bulk.ts';
import { request } from '../client.ts';
import { bulkKeys } from '../queryKeys.ts';
import { seedBulkJob } from './seedBulkJob.ts';

export function undoBulkJob(id: string): Promise<BulkJob> {
  return request(bulkPaths.undo(id), { method: 'POST', schema: bulkJobSchema });
}

/** Undo of a whole batch: a new job sending each done ticket's previous value back. */
export function useUndoBulkJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: undoBulkJob,
    onSuccess: (job) => {
      seedBulkJob(queryClient, job);
      if (job.undoOf) void queryClient.invalidateQueries({ queryKey: bulkKeys.job(job.undoOf) });
    },
  });
}
