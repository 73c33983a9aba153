import { listTicketsParamsSchema } from '../../contract/requests.ts';
import { listViewToParams, listViewToSearch, parseListView } from '../../lib/list-view/ticketListView.ts';
import { quickViews } from './quickViews.ts';

describe('quick views', () => {
  it('are plain list URLs that parse back to themselves', () => {
    for (const view of Object.values(quickViews(new Date(2026, 4, 6, 9, 41)))) {
      expect(parseListView(new URLSearchParams(listViewToSearch(view)))).toEqual(view);
      expect(listTicketsParamsSchema.safeParse(listViewToParams(view)).success).toBe(true);
    }
  });

  it('"today" is the local day of now, start to end', () => {
    const { today } = quickViews(new Date(2026, 4, 6, 23, 59));
    expect(today).toMatchObject({ startedAfter: '2026-05-06', endedBefore: '2026-05-06' });
  });
});
