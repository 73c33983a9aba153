import { describe, expect, it } from 'vitest';
import { readServerEnv } from './env.ts';

describe('SESSION_IDLE_MINUTES', () => {
  it('defaults to 8 hours and reads whole minutes', () => {
    expect(readServerEnv({}).SESSION_IDLE_MINUTES).toBe(480);
    expect(readServerEnv({ SESSION_IDLE_MINUTES: '15' }).SESSION_IDLE_MINUTES).toBe(15);
  });

  it('names the variable when it is not a whole number of minutes from 1', () => {
    for (const bad of ['0', '-5', '1.5', 'soon', '600000']) {
      expect(() => readServerEnv({ SESSION_IDLE_MINUTES: bad }), bad).toThrow(/SESSION_IDLE_MINUTES/);
    }
  });
});
