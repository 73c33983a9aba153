/**
 * The list's rows as the keyboard sees them: the elements carrying `data-ticket-id` (table rows, or
 * cards on a phone), the visible ones only, in page order. One of them is in the Tab order at a time
 * (a roving tabindex), so Tab enters the rows in one step and the keys move within them.
 */
const ROW_SELECTOR = '[data-ticket-id]';

export function listRows(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>(`main ${ROW_SELECTOR}`)).filter(
    (row) => row.getClientRects().length > 0,
  );
}

export function rowOf(element: Element | null): HTMLElement | null {
  return element?.closest<HTMLElement>(ROW_SELECTOR) ?? null;
}

export function rowTicketId(row: HTMLElement): number {
  return Number(row.dataset.ticketId);
}

export function rowById(id: number): HTMLElement | null {
  return listRows().find((row) => rowTicketId(row) === id) ?? null;
}

/** Makes `current` the one row in the Tab order (the first row when none is). */
export function setRovingRow(rows: HTMLElement[], current: HTMLElement | undefined): void {
  const active = current ?? rows[0];
  for (const row of rows) row.tabIndex = row === active ? 0 : -1;
}

export function focusRow(row: HTMLElement): void {
  setRovingRow(listRows(), row);
  row.focus({ preventScroll: true });
  // The table's scroll-padding keeps a row moved up to from ending under the sticky header.
  row.scrollIntoView({ block: 'nearest' });
}

/** The row a ticket was opened from, to put the focus back on when the list shows again (Back). */
let openedFrom: number | null = null;

export function rememberOpenedRow(id: number): void {
  openedFrom = id;
}

export function takeOpenedRow(): number | null {
  const id = openedFrom;
  openedFrom = null;
  return id;
}
