import { describe, expect, it, vi } from 'vitest';
import { createSelectionStore } from './selectionStore.ts';
import { pageSelectionState } from './useTicketSelection.ts';

function storeWithPage(ids: number[]) {
  const store = createSelectionStore();
  store.setVisible(ids);
  return store;
}

const selected = (store: ReturnType<typeof createSelectionStore>) =>
  [...store.getSnapshot().ids].sort((a, b) => a - b);

describe('ticket selection', () => {
  it('toggles one ticket on and off, and tells its listeners', () => {
    const store = storeWithPage([1, 2, 3]);
    const listener = vi.fn();
    store.subscribe(listener);
    store.toggle(2);
    expect(store.isSelected(2)).toBe(true);
    store.toggle(2);
    expect(store.isSelected(2)).toBe(false);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('selects a shift-click range from the anchor, in either direction, and clears one the same way', () => {
    const store = storeWithPage([10, 11, 12, 13, 14, 15]);
    store.toggle(11);
    store.toggleRange(14);
    expect(selected(store)).toEqual([11, 12, 13, 14]);
    store.toggleRange(12); // 12 was selected: the range 12–14 is cleared
    expect(selected(store)).toEqual([11]);
    store.toggle(15);
    store.toggleRange(10);
    expect(selected(store)).toEqual([10, 11, 12, 13, 14, 15]);
  });

  it('treats a range without an anchor as one toggle', () => {
    const store = storeWithPage([1, 2, 3]);
    store.toggleRange(3);
    expect(selected(store)).toEqual([3]);
  });

  it('selects the page, keeps other pages selected, and clears the page when all of it is selected', () => {
    const store = storeWithPage([1, 2, 3]);
    store.toggle(2);
    store.togglePage();
    expect(pageSelectionState(store.getSnapshot(), [1, 2, 3])).toBe('all');
    store.setVisible([4, 5]);
    expect(pageSelectionState(store.getSnapshot(), [4, 5])).toBe('none');
    store.toggle(4);
    expect(pageSelectionState(store.getSnapshot(), [4, 5])).toBe('some');
    store.togglePage();
    expect(selected(store)).toEqual([1, 2, 3, 4, 5]);
    store.togglePage();
    expect(selected(store)).toEqual([1, 2, 3]);
  });

  it('selects every ticket matching the filters, and leaves that for the page when one is taken out', () => {
    const store = storeWithPage([1, 2, 3]);
    store.selectAllMatching();
    expect(store.getSnapshot().allMatching).toBe(true);
    expect(store.isSelected(99)).toBe(true);
    store.toggle(2);
    expect(store.getSnapshot().allMatching).toBe(false);
    expect(selected(store)).toEqual([1, 3]);
  });

  it('is cleared when the filters change, not when the same filters are set again', () => {
    const store = storeWithPage([1, 2]);
    store.setScope('states=open');
    store.toggle(1);
    store.setScope('states=open');
    expect(store.isSelected(1)).toBe(true);
    store.setScope('states=closed');
    expect(store.isSelected(1)).toBe(false);
  });
});
