import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from '../errors.ts';
import { refusalReason } from './refusal.ts';

describe('refusalReason', () => {
  it("gives the server's sentence of a 400, 403 or 409", () => {
    const forbidden = new ApiError(403, 'x', {
      code: 403,
      message: 'Agents may only assign a ticket to themselves',
    });
    expect(refusalReason(forbidden)).toBe('Agents may only assign a ticket to themselves');
    const invalid = new ApiError(400, 'x', {
      code: 400,
      message: 'Invalid parameter: agent',
      errors: { agent: ['the agent is not a member of the ticket group'] },
    });
    expect(refusalReason(invalid)).toBe(
      'Invalid parameter: agent (the agent is not a member of the ticket group)',
    );
    expect(
      refusalReason(new ApiError(409, 'x', { code: 409, message: 'A closed ticket cannot be changed' })),
    ).toBe('A closed ticket cannot be changed');
  });

  it('leaves other failures to the general wording', () => {
    expect(refusalReason(new ApiError(500, 'x', { code: 500, message: 'boom' }))).toBeNull();
    expect(refusalReason(new ApiError(403, 'Forbidden', null))).toBeNull();
    expect(refusalReason(new NetworkError(new Error('offline')))).toBeNull();
  });
});
