/**
 * A user's list display: row density and the visible columns in order. Stored as JSON; whatever the
 * stored text holds, parsing gives a valid display (unknown ids dropped, the subject kept).
 */
import { ALWAYS_SHOWN, DEFAULT_COLUMNS, isTicketColumn, type TicketColumn } from './ticketColumns.ts';

export const DENSITIES = ['compact', 'comfortable'] as const;
export type Density = (typeof DENSITIES)[number];

export type ListPreferences = {
  density: Density;
  /** The visible columns, in display order. */
  columns: TicketColumn[];
};

export const DEFAULT_PREFERENCES: ListPreferences = { density: 'compact', columns: [...DEFAULT_COLUMNS] };

/** The columns of `raw` that exist, once each, in order; the always-shown ones added if missing. */
export function validColumns(raw: unknown): TicketColumn[] {
  if (!Array.isArray(raw)) return [...DEFAULT_COLUMNS];
  const columns = [...new Set(raw.filter(isTicketColumn))];
  for (const column of ALWAYS_SHOWN) {
    if (!columns.includes(column)) columns.splice(Math.min(2, columns.length), 0, column);
  }
  return columns;
}

export function parsePreferences(text: string | null): ListPreferences {
  if (!text) return DEFAULT_PREFERENCES;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return DEFAULT_PREFERENCES;
  }
  if (typeof raw !== 'object' || raw === null) return DEFAULT_PREFERENCES;
  const { density, columns } = raw as Record<string, unknown>;
  return {
    density: DENSITIES.includes(density as Density) ? (density as Density) : DEFAULT_PREFERENCES.density,
    columns: columns === undefined ? [...DEFAULT_COLUMNS] : validColumns(columns),
  };
}

export function serializePreferences(preferences: ListPreferences): string {
  return JSON.stringify({ density: preferences.density, columns: preferences.columns });
}
