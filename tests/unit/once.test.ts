import { describe, expect, it } from 'vitest';
import { once } from '../../src/lib/once.ts';

describe('once', () => {
  it('runs the loader once while it is pending or done, every caller sharing the promise', async () => {
    let runs = 0;
    const load = once(async () => ++runs);
    const [a, b] = [load(), load()];
    expect(a).toBe(b);
    expect(await a).toBe(1);
    expect(await load()).toBe(1);
    expect(runs).toBe(1);
  });

  it('forgets a failure, so the next call tries again', async () => {
    let runs = 0;
    const load = once(async () => {
      runs += 1;
      if (runs === 1) throw new Error('chunk not fetched');
      return 'loaded';
    });
    await expect(load()).rejects.toThrow('chunk not fetched');
    expect(await load()).toBe('loaded');
    expect(runs).toBe(2);
  });
});
