import { useMutation, useQueryClient } from '@tanstack/react-query';
import { bulkJobSchema, bulkPaths, type BulkJob } from '../../../contract/bulk.ts';
import { request } from '../client.ts';
import { bulkKeys } from '../queryKeys.ts';

export function cancelBulkJob(id: string): Promise<BulkJob> {
  return request(bulkPaths.job(id), { method: 'DELETE', schema: bulkJobSchema });
}

/** Cancels a job: the write under way ends, no other is sent; its last event says when it stopped. */
export function useCancelBulkJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelBulkJob,
    onSuccess: (job) => queryClient.setQueryData(bulkKeys.job(job.id), job),
  });
}
