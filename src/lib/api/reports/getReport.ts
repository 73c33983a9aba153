import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiPaths } from '../../../contract/paths.ts';
import { reportSchema, type Report } from '../../../contract/report.ts';
import { apiRequest } from '../client.ts';
import { reportKeys } from '../queryKeys.ts';

/** The report call's parameters as sent: ISO instants (both ends included) and the optional filters. */
export type ReportInput = {
  startTime: string;
  endTime: string;
  userId?: number;
  groupId?: number;
};

/**
 * A report costs an upstream call and summarises a period that moves slowly: kept fresh for five
 * minutes, not refetched on focus, never polled (the page has a refresh button).
 */
export const REPORT_STALE_MS = 5 * 60_000;

export function getReport(enterpriseId: number, params: ReportInput, signal?: AbortSignal): Promise<Report> {
  return apiRequest(apiPaths.enterpriseReport(enterpriseId), { query: params, schema: reportSchema, signal });
}

export function getReportQueryOptions(enterpriseId: number, params: ReportInput) {
  return queryOptions({
    queryKey: reportKeys.report(enterpriseId, params),
    queryFn: ({ signal }) => getReport(enterpriseId, params, signal),
    staleTime: REPORT_STALE_MS,
    refetchOnWindowFocus: false,
    placeholderData: keepPreviousData,
  });
}

export function useReport(enterpriseId: number, params: ReportInput, options: { enabled?: boolean } = {}) {
  return useQuery({ ...getReportQueryOptions(enterpriseId, params), enabled: options.enabled ?? true });
}
