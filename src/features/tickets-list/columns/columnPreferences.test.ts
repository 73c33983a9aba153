import { moveColumn, toggleColumn } from './columnMoves.ts';
import {
  DEFAULT_PREFERENCES,
  parsePreferences,
  serializePreferences,
  validColumns,
  type ListPreferences,
} from './columnPreferences.ts';
import { DEFAULT_COLUMNS } from './ticketColumns.ts';

describe('list preferences: parse and serialize', () => {
  it('gives the defaults (compact, the default columns) for nothing stored or junk', () => {
    for (const text of [null, '', 'not json', '42', 'null', '[]', '"compact"']) {
      expect(parsePreferences(text)).toEqual(DEFAULT_PREFERENCES);
    }
    expect(DEFAULT_PREFERENCES.density).toBe('compact');
    expect(DEFAULT_PREFERENCES.columns).toEqual(DEFAULT_COLUMNS);
  });

  it('round-trips a choice of density and columns in order', () => {
    const chosen: ListPreferences = {
      density: 'comfortable',
      columns: ['subject', 'id', 'group', 'duration', 'state'],
    };
    expect(parsePreferences(serializePreferences(chosen))).toEqual(chosen);
  });

  it('ignores unknown column ids and duplicates, and an unknown density', () => {
    const text = JSON.stringify({
      density: 'spacious',
      columns: ['id', 'colour', 'subject', 'id', 42, 'modified', null],
    });
    expect(parsePreferences(text)).toEqual({ density: 'compact', columns: ['id', 'subject', 'modified'] });
  });

  it('keeps the subject (the row link) even when the stored columns lack it', () => {
    expect(validColumns(['id', 'state', 'agent'])).toEqual(['id', 'state', 'subject', 'agent']);
    expect(validColumns([])).toEqual(['subject']);
    expect(parsePreferences(JSON.stringify({ density: 'comfortable' }))).toEqual({
      density: 'comfortable',
      columns: DEFAULT_COLUMNS,
    });
  });
});

describe('list preferences: choosing columns', () => {
  const columns = ['id', 'state', 'subject', 'agent'] as const;

  it('hides a shown column, shows a hidden one at the end, never hides the subject', () => {
    expect(toggleColumn(columns, 'state')).toEqual(['id', 'subject', 'agent']);
    expect(toggleColumn(columns, 'group')).toEqual(['id', 'state', 'subject', 'agent', 'group']);
    expect(toggleColumn(columns, 'subject')).toEqual(columns);
  });

  it('moves a column one place up or down, and not past either end', () => {
    expect(moveColumn(columns, 'agent', -1)).toEqual(['id', 'state', 'agent', 'subject']);
    expect(moveColumn(columns, 'id', 1)).toEqual(['state', 'id', 'subject', 'agent']);
    expect(moveColumn(columns, 'id', -1)).toEqual(columns);
    expect(moveColumn(columns, 'agent', 1)).toEqual(columns);
    expect(moveColumn(columns, 'group', -1)).toEqual(columns);
  });
});
