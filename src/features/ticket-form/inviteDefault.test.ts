import { describe, expect, it } from 'vitest';
import { defaultGroup, hasContact } from './inviteDefault.ts';

describe('create form defaults', () => {
  it('invites by default once a phone or an e-mail is given', () => {
    expect(hasContact([''], [''])).toBe(false);
    expect(hasContact(['  '], [])).toBe(false);
    expect(hasContact(['06 12 34 56 78'], [''])).toBe(true);
    expect(hasContact([''], ['martin@example.fr'])).toBe(true);
  });

  it("pre-fills the creator's group only when there is just one", () => {
    expect(defaultGroup([{ id: 4, name: 'Support' }])).toBe('4');
    expect(defaultGroup([])).toBe('');
    expect(
      defaultGroup([
        { id: 4, name: 'Support' },
        { id: 5, name: 'Field experts' },
      ]),
    ).toBe('');
  });
});
