import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { ListEnvelope, Ticket } from '../../../contract/models.ts';
import { sampleTicket } from '../../../test/samples.ts';
import { ticketKeys } from '../queryKeys.ts';
import { useDeleteTicket } from './deleteTicket.ts';
import { useUpdateTicket } from './updateTicket.ts';

const ticket = (id: number, patch: Partial<Ticket> = {}): Ticket => sampleTicket(id, patch);

const listParams = { limit: 25, offset: 0 };

function setup(respond: (init: RequestInit | undefined) => Response | Promise<Response>) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  queryClient.setQueryData(ticketKeys.detail(1), ticket(1));
  queryClient.setQueryData<ListEnvelope<Ticket>>(ticketKeys.list(listParams), {
    data: [ticket(1), ticket(2)],
    total: 2,
    next_offset: null,
  });
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  vi.stubGlobal('fetch', (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    return respond(init);
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  const stateOf = () => ({
    detail: queryClient.getQueryData<Ticket>(ticketKeys.detail(1))?.state,
    listed: queryClient
      .getQueryData<ListEnvelope<Ticket>>(ticketKeys.list(listParams))
      ?.data.find((t) => t.id === 1)?.state,
  });
  return { queryClient, calls, wrapper, stateOf };
}

/** A response that arrives when the test says so, to look at the caches while the request is in flight. */
function deferred() {
  let resolve: (response: Response) => void = () => {};
  const promise = new Promise<Response>((r) => (resolve = r));
  return { promise, resolve };
}

afterEach(() => vi.unstubAllGlobals());

describe('useUpdateTicket', () => {
  it('shows the change in the detail and the lists at once, then keeps it', async () => {
    const answer = deferred();
    const { calls, wrapper, stateOf } = setup(() => answer.promise);
    const { result } = renderHook(() => useUpdateTicket(), { wrapper });

    act(() => result.current.mutate({ ticketId: 1, changes: { state: 'inprogress' } }));
    await waitFor(() => expect(stateOf()).toEqual({ detail: 'inprogress', listed: 'inprogress' }));
    expect(calls[0]?.url).toBe('/api/v3/tickets/1');
    expect(calls[0]?.init?.method).toBe('PUT');
    expect(JSON.parse(String(calls[0]?.init?.body))).toEqual({ state: 'inprogress' });

    answer.resolve(new Response(null, { status: 204 }));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(stateOf()).toEqual({ detail: 'inprogress', listed: 'inprogress' });
  });

  it('rolls both caches back when the API refuses (409)', async () => {
    const { wrapper, stateOf } = setup(() =>
      Response.json({ code: 409, message: 'A closed ticket cannot change' }, { status: 409 }),
    );
    const { result } = renderHook(() => useUpdateTicket(), { wrapper });
    act(() => result.current.mutate({ ticketId: 1, changes: { state: 'cancelled' } }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ status: 409 });
    expect(stateOf()).toEqual({ detail: 'open', listed: 'open' });
  });

  it('shows a reassignment with the names the caller picked', async () => {
    const answer = deferred();
    const { queryClient, wrapper } = setup(() => answer.promise);
    const { result } = renderHook(() => useUpdateTicket(), { wrapper });
    const agent = { id: 7, username: 'agent2', firstname: 'Karim', lastname: 'Benali' };
    act(() =>
      result.current.mutate({
        ticketId: 1,
        changes: { agent: '7', group: 2 },
        optimistic: { agent, group: { id: 2, name: 'Field experts' } },
      }),
    );
    await waitFor(() => expect(queryClient.getQueryData<Ticket>(ticketKeys.detail(1))?.agent).toEqual(agent));
    expect(queryClient.getQueryData<Ticket>(ticketKeys.detail(1))?.group?.name).toBe('Field experts');
    answer.resolve(new Response(null, { status: 204 }));
  });
});

describe('useDeleteTicket', () => {
  it('drops the ticket from the detail cache and every list', async () => {
    const { queryClient, wrapper } = setup(() => new Response(null, { status: 204 }));
    const { result } = renderHook(() => useDeleteTicket(), { wrapper });
    act(() => result.current.mutate(1));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(queryClient.getQueryData(ticketKeys.detail(1))).toBeUndefined();
    const list = queryClient.getQueryData<ListEnvelope<Ticket>>(ticketKeys.list(listParams));
    expect(list?.data.map((t) => t.id)).toEqual([2]);
    expect(list?.total).toBe(1);
  });

  it('runs onDeleted while the ticket is still cached, so the page can leave before its query goes', async () => {
    const { queryClient, wrapper } = setup(() => new Response(null, { status: 204 }));
    let cachedWhenDeleted: unknown;
    const onDeleted = async () => {
      cachedWhenDeleted = queryClient.getQueryData(ticketKeys.detail(1));
      await Promise.resolve();
    };
    const { result } = renderHook(() => useDeleteTicket({ onDeleted }), { wrapper });
    act(() => result.current.mutate(1));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(cachedWhenDeleted).toMatchObject({ id: 1 });
    expect(queryClient.getQueryData(ticketKeys.detail(1))).toBeUndefined();
  });
});
