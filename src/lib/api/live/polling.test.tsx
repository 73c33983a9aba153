/** The lists poll only while the live stream is down, and never while backing off. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { noteRateLimited } from '../rateLimit.ts';
import { TICKET_LIST_REFRESH_MS, useTickets } from '../tickets/getTickets.ts';
import { updateLiveStatus } from './liveStatus.ts';

function setup() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  let listCalls = 0;
  vi.stubGlobal('fetch', () => {
    listCalls += 1;
    return Promise.resolve(
      new Response(JSON.stringify({ data: [], total: 0, next_offset: null }), {
        headers: { 'Content-Type': 'application/json' },
      }),
    );
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  renderHook(() => useTickets({ limit: 25, offset: 0 }), { wrapper });
  return { calls: () => listCalls, queryClient };
}

const aMinute = () => act(() => vi.advanceTimersByTimeAsync(TICKET_LIST_REFRESH_MS + 10));

beforeEach(() => {
  vi.useFakeTimers();
  updateLiveStatus({ connection: 'connecting' });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  updateLiveStatus({ connection: 'connecting' });
});

describe('the ticket list polling', () => {
  it('polls every minute until the stream is up, stops while it is, and resumes when it drops', async () => {
    const { calls } = setup();
    await act(() => vi.advanceTimersByTimeAsync(10));
    expect(calls()).toBe(1);
    await aMinute();
    expect(calls()).toBe(2);

    act(() => updateLiveStatus({ connection: 'open' }));
    await aMinute();
    await aMinute();
    expect(calls()).toBe(2);

    act(() => updateLiveStatus({ connection: 'down' }));
    await aMinute();
    expect(calls()).toBe(3);
  });

  it('does not poll while rate-limited with the stream down', async () => {
    const { calls } = setup();
    await act(() => vi.advanceTimersByTimeAsync(10));
    act(() => updateLiveStatus({ connection: 'down' }));
    act(() => noteRateLimited(90));
    await aMinute();
    expect(calls()).toBe(1);
  });
});
