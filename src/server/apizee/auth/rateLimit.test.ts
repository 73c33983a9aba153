import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRateLimiter } from './rateLimit.ts';

const MapIterator = Object.getPrototypeOf(new Map().entries()) as { next(): unknown };

/** Map entries the limiter steps through during `run`: its work, counted rather than timed. */
function entriesVisited(run: () => void): number {
  const next = vi.spyOn(MapIterator, 'next');
  try {
    run();
    return next.mock.calls.length;
  } finally {
    next.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe('createRateLimiter', () => {
  it('allows `limit` hits per key per window, then refuses until the window ends', () => {
    let time = 0;
    const limiter = createRateLimiter(2, 60_000, () => time);
    expect(limiter.hit('a')).toMatchObject({ allowed: true, remaining: 1 });
    expect(limiter.hit('a')).toMatchObject({ allowed: true, remaining: 0 });
    expect(limiter.hit('a')).toMatchObject({ allowed: false, remaining: 0, resetSeconds: 60 });
    expect(limiter.hit('b').allowed).toBe(true);
    time = 59_000;
    expect(limiter.hit('a')).toMatchObject({ allowed: false, resetSeconds: 1 });
    time = 60_000;
    expect(limiter.hit('a')).toMatchObject({ allowed: true, remaining: 1 });
  });

  it('forgets the keys whose window has ended', () => {
    let time = 0;
    const limiter = createRateLimiter(10, 1_000, () => time);
    for (let i = 0; i < 1_000; i++) limiter.hit(`key-${i}`);
    expect(limiter.size()).toBe(1_000);
    time = 1_000;
    limiter.hit('later');
    expect(limiter.size()).toBe(1);
  });

  it('costs the same per hit with 20,000 keys held as with 10', () => {
    const costOfHits = (keysHeld: number) => {
      let time = 0;
      const limiter = createRateLimiter(10, 60_000, () => time);
      for (let i = 0; i < keysHeld; i++) limiter.hit(`held-${i}`);
      time = 30_000;
      return entriesVisited(() => {
        limiter.hit('held-0'); // a key held
        limiter.hit('new-key'); // a key whose window starts now
        limiter.hit('new-key');
      });
    };
    const few = costOfHits(10);
    const many = costOfHits(20_000);
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(3);
  });

  it('spends on expiry only the entries it drops, each once', () => {
    let time = 0;
    const limiter = createRateLimiter(10, 60_000, () => time);
    for (let i = 0; i < 20_000; i++) limiter.hit(`held-${i}`);
    time = 60_000;
    expect(entriesVisited(() => limiter.hit('x'))).toBeLessThanOrEqual(20_002);
    expect(limiter.size()).toBe(1);
    expect(entriesVisited(() => limiter.hit('y'))).toBeLessThanOrEqual(1);
  });
});
