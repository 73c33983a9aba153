import { useMutation, useQueryClient } from '@tanstack/react-query';
import { bulkJobSchema, bulkPaths, type BulkJob, type BulkRequest } from '../../../contract/bulk.ts';
import { request } from '../client.ts';
import { seedBulkJob } from './seedBulkJob.ts';

export function startBulkJob(body: BulkRequest): Promise<BulkJob> {
  return request(bulkPaths.jobs, { method: 'POST', body, schema: bulkJobSchema });
}

/** Starts a job; its answer seeds the job's query, which the live stream then moves on. */
export function useStartBulkJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startBulkJob,
    onSuccess: (job) => seedBulkJob(queryClient, job),
  });
}
