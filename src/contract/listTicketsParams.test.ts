import { describe, expect, it } from 'vitest';
import { listTicketsParamsSchema } from './requests.ts';

describe('list tickets: started_before [ext]', () => {
  it.each([
    ['2026-11-25T14:05Z', Date.parse('2026-11-25T14:05:00Z')],
    ['2026-11-25T14:05:00+00:00', Date.parse('2026-11-25T14:05:00Z')],
    ['2026-11-25T16:05:00+02:00', Date.parse('2026-11-25T14:05:00Z')],
  ])('reads %s as that instant', (value, expected) => {
    expect(listTicketsParamsSchema.parse({ started_before: value }).started_before).toBe(expected);
  });

  it.each(['now', '2026-02-30T10:00Z', '25/11/2026', '1764079500'])(
    'refuses %s, naming the field',
    (value) => {
      const result = listTicketsParamsSchema.safeParse({ started_before: value, state: 'new' });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['started_before']);
    },
  );
});
