/**
 * Which tickets of the list are selected, outside React so a row re-renders only when its own
 * checkbox changes, and so the keyboard's `x` can toggle the focused row (`toggle(id)`).
 *
 * Two kinds of selection: explicit ids (checkboxes, shift-click ranges, the page), or "every ticket
 * matching these filters", which the gateway resolves to ids when the bulk job runs.
 */
export type TicketSelection = {
  /** Explicitly selected ids, in the order they were selected. */
  readonly ids: ReadonlySet<number>;
  /** Every ticket matching the list's filters (the gateway resolves them): `ids` is then ignored. */
  readonly allMatching: boolean;
  /** The last row toggled by itself: the start of a shift-click range. */
  readonly anchor: number | null;
};

const EMPTY: TicketSelection = { ids: new Set(), allMatching: false, anchor: null };

export type SelectionStore = ReturnType<typeof createSelectionStore>;

export function createSelectionStore() {
  let state: TicketSelection = EMPTY;
  /** The ids of the rows shown, in their order: ranges and "the page" are read from it. */
  let visible: readonly number[] = [];
  /** What the selection was made under (the filters): another scope clears it. */
  let scopeKey: string | null = null;
  const listeners = new Set<() => void>();

  function set(next: TicketSelection) {
    state = next;
    for (const listener of listeners) listener();
  }

  /** Leaves "all matching" for the ids shown, so one row can then be taken out of it. */
  function explicitIds(): Set<number> {
    return state.allMatching ? new Set(visible) : new Set(state.ids);
  }

  function toggle(id: number) {
    const ids = explicitIds();
    if (ids.has(id)) ids.delete(id);
    else ids.add(id);
    set({ ids, allMatching: false, anchor: id });
  }

  return {
    getSnapshot: (): TicketSelection => state,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    isSelected: (id: number): boolean => state.allMatching || state.ids.has(id),
    visibleIds: (): readonly number[] => visible,

    /** The rows now shown (in order). Rows that left the page stay selected. */
    setVisible(ids: readonly number[]) {
      visible = ids;
    },
    /** The filters the selection belongs to: when they change, the selection is cleared. */
    setScope(key: string) {
      if (scopeKey !== null && scopeKey !== key && state !== EMPTY) set(EMPTY);
      scopeKey = key;
    },
    toggle,
    /** Shift-click: every row shown from the anchor to `id` takes the new state of `id`. */
    toggleRange(id: number) {
      const from = state.anchor === null ? -1 : visible.indexOf(state.anchor);
      const to = visible.indexOf(id);
      if (from < 0 || to < 0) return toggle(id);
      const ids = explicitIds();
      const select = !ids.has(id);
      const [start, end] = from < to ? [from, to] : [to, from];
      for (const rowId of visible.slice(start, end + 1)) {
        if (select) ids.add(rowId);
        else ids.delete(rowId);
      }
      set({ ids, allMatching: false, anchor: id });
    },
    /** The header checkbox: selects the page, or clears it when all of it is selected already. */
    togglePage() {
      const ids = explicitIds();
      const all = visible.length > 0 && visible.every((id) => ids.has(id));
      for (const id of visible) {
        if (all) ids.delete(id);
        else ids.add(id);
      }
      set({ ids, allMatching: false, anchor: state.anchor });
    },
    selectAllMatching() {
      set({ ids: new Set(), allMatching: true, anchor: null });
    },
    clear() {
      if (state !== EMPTY) set(EMPTY);
    },
  };
}

/** The list's selection (one list on screen at a time). */
export const ticketSelection = createSelectionStore();
