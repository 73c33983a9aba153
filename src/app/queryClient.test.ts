import { ApiError, ContractError, NetworkError } from '../lib/api/errors.ts';
import { retryDelay, shouldRetry } from './queryClient.ts';

describe('query retries', () => {
  it.each([400, 401, 403, 404, 409])('never retries a %i', (status) => {
    expect(shouldRetry(0, new ApiError(status, 'no', null))).toBe(false);
  });

  it('retries a 429 after the wait upstream asked for', () => {
    const error = new ApiError(429, 'slow down', null, 7);
    expect(shouldRetry(0, error)).toBe(true);
    expect(retryDelay(0, error)).toBe(7000);
  });

  it('retries server and network errors a couple of times, with growing delays', () => {
    expect(shouldRetry(0, new ApiError(503, 'down', null))).toBe(true);
    expect(shouldRetry(1, new NetworkError(new Error('offline')))).toBe(true);
    expect(shouldRetry(2, new NetworkError(new Error('offline')))).toBe(false);
    expect(retryDelay(0, new NetworkError(null))).toBeLessThan(retryDelay(2, new NetworkError(null)));
  });

  it('does not retry a response that breaks the contract', () => {
    expect(shouldRetry(0, new ContractError('/tickets', 'data: expected array'))).toBe(false);
  });
});
