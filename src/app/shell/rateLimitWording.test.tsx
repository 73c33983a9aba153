/**
 * Issue 14, low finding: "Retrying in 7 s" stayed on screen after the retries stopped. A query that
 * meets 429s retries with the app's policy; while it waits the shell's notice counts down, and once
 * the query settles or gives up nothing on screen says that it is retrying.
 */
import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, screen } from '@testing-library/react';
import { createQueryClient } from '../queryClient.ts';
import { RateLimitNotice } from './RateLimitNotice.tsx';
import { renderWithProviders } from '../../test/TestProviders.tsx';
import { apiRequest } from '../../lib/api/client.ts';
import { ErrorState } from '../../lib/feedback/ErrorState.tsx';

const TOO_MANY = () =>
  new Response(JSON.stringify({ message: 'Too many requests' }), {
    status: 429,
    headers: { 'Content-Type': 'application/json', 'X-RateLimit-Reset': '7' },
  });
const OK = () => new Response('{}', { headers: { 'Content-Type': 'application/json' } });

function Screen() {
  const query = useQuery({
    queryKey: ['rate-limited'],
    queryFn: async () => (await apiRequest('/users/me')) ?? null,
  });
  return (
    <>
      <RateLimitNotice />
      {query.isError && <ErrorState error={query.error} />}
      {query.isSuccess && <p>Loaded</p>}
    </>
  );
}

async function renderScreen(answers: (() => Response)[]) {
  let call = 0;
  vi.stubGlobal('fetch', () => Promise.resolve((answers[call++] ?? OK)()));
  await renderWithProviders(
    <QueryClientProvider client={createQueryClient()}>
      <Screen />
    </QueryClientProvider>,
  );
  return { calls: () => call };
}

const seconds = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: false }));
afterEach(async () => {
  // The wait is module state: let it run out before the next test.
  await seconds(60_000);
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the rate-limit wording', () => {
  it('counts the wait down while the query retries, and is gone once it settled', async () => {
    const { calls } = await renderScreen([TOO_MANY]);
    await seconds(10);
    expect(screen.getByRole('status')).toHaveTextContent('refreshing pauses for 7 s');
    await seconds(3000);
    expect(screen.getByRole('status')).toHaveTextContent('refreshing pauses for 4 s');
    await seconds(4100);
    expect(calls()).toBe(2);
    expect(screen.getByText('Loaded')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/retrying|try again in|pauses for/i);
  });

  it('once the query gave up, says when to try again, then that one may: never that it is retrying', async () => {
    const { calls } = await renderScreen([TOO_MANY, TOO_MANY, TOO_MANY]);
    await seconds(10);
    await seconds(7100);
    await seconds(7100);
    expect(calls()).toBe(3);
    // The third 429 started a new 7 s wait, and no fourth attempt will come.
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Apizee asks us to slow down. Try again in 7 s.');
    await seconds(3000);
    expect(alert).toHaveTextContent('Try again in 4 s.');
    await seconds(4100);
    expect(alert).toHaveTextContent('Apizee asked us to slow down. You can try again now.');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/retrying|try again in|pauses for/i);
    await seconds(30_000);
    expect(calls()).toBe(3);
  });
});
