import { QueryClient } from '@tanstack/react-query';
import { ApiError, ContractError } from '../lib/api/errors.ts';

const MAX_RETRIES = 2;

/**
 * Client errors are answers, not accidents: retrying a 400/403/404 only spends upstream's small
 * request budget. A 429 is retried once its wait is over; network and 5xx errors a couple of times.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  if (error instanceof ContractError) return false;
  if (error instanceof ApiError) return error.status === 429 || error.status >= 500;
  return true;
}

export function retryDelay(attempt: number, error: unknown): number {
  if (error instanceof ApiError && error.status === 429 && error.retryAfterSeconds) {
    return error.retryAfterSeconds * 1000;
  }
  return Math.min(1000 * 2 ** attempt, 10_000);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        gcTime: 5 * 60_000,
        refetchOnWindowFocus: true,
        retry: shouldRetry,
        retryDelay,
      },
      mutations: { retry: false },
    },
  });
}
