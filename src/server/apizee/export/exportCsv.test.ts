import { describe, expect, it } from 'vitest';
import { CSV_HEADER, ticketToCsv } from './exportCsv.ts';
import { sampleExport } from '../testing/exportFixture.ts';

/** A small RFC 4180 reader, enough to read back what the export wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += ch;
  }
  return rows;
}

describe('ticketToCsv', () => {
  const rows = parseCsv(ticketToCsv(sampleExport()));
  const value = (section: string, name: string) => rows.find((r) => r[0] === section && r[1] === name)?.[2];

  it('writes one table of five columns', () => {
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows.every((row) => row.length === CSV_HEADER.length)).toBe(true);
  });

  it('flattens the ticket into named fields', () => {
    expect(value('ticket', 'id')).toBe('42');
    expect(value('ticket', 'reference')).toBe('REF-1, "quoted"');
    expect(value('ticket', 'agent.username')).toBe('agent1');
    expect(value('ticket', 'requestor.email')).toBe('zoe@example.com');
    expect(value('ticket', 'description')).toBe('Boiler leaks & rattles Second line');
  });

  it('escapes every typed value that starts like a formula', () => {
    expect(value('ticket', 'subject')).toBe(`'=cmd|"/C calc"!A0`);
    expect(value('ticket', 'requestor.name')).toBe("'@Dupont");
    expect(value('ticket', 'requestor.company')).toBe("'+ACME");
    expect(value('ticket', 'requestor.phone')).toBe("'+33612345678");
    expect(rows.find((r) => r[0] === 'media')?.[1]).toBe("'-photo, 1");
    const cells = rows.flat();
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  it('lists medias and, when present, events', () => {
    expect(rows.filter((r) => r[0] === 'media')).toHaveLength(1);
    const events = rows.filter((r) => r[0] === 'event');
    expect(events.map((r) => r[1])).toEqual(['ticket.new', 'geo.ansAllowed', 'media.pictureTaken']);
    expect(JSON.parse(events[2]![2]!)).toMatchObject({ title: '=1+1' });
    expect(parseCsv(ticketToCsv(sampleExport({ events: undefined }))).some((r) => r[0] === 'event')).toBe(
      false,
    );
  });
});
