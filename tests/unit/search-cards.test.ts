import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ShownHit } from '../../src/lib/search/protocol.ts';
import { firstToDraw, nextCards, takeNext, type Card } from '../../src/ui/search/cards.ts';

// Hits stand for themselves: only their identity matters to the cards.
const hits = (name: string, n: number): ShownHit[] => Array.from({ length: n }, (_, i) => ({ doc: { id: `${name}-${i}` }, segments: [] }) as unknown as ShownHit);
const ids = (cards: readonly Card[]): string[] => cards.map((c) => `${(c.hit.doc as { id: string }).id}${c.stale ? '*' : ''}`);

describe('firstToDraw', () => {
  it('draws the first cards when nothing of the list is in view', () => {
    expect([...firstToDraw([], 10, 10)]).toEqual([0, 1]);
    expect([...firstToDraw([], 0, 10)]).toEqual([0, 1]);
    expect([...firstToDraw([], 10, 1)]).toEqual([0]);
  });

  it('draws the cards in view where the reader has scrolled, not the first of the list', () => {
    expect([...firstToDraw([5, 6, 4], 10, 10)]).toEqual([4, 5, 6]);
    // One card in view fills the screen: the next one is drawn too, in case it comes into view.
    expect([...firstToDraw([7], 10, 10)]).toEqual([7, 8]);
  });

  it('draws no position past the new hits, and ignores positions the list did not have', () => {
    expect([...firstToDraw([6, 7], 10, 3)]).toEqual([0, 1]);
    // The last card in view: the next two come at once too, as they may come into view under it.
    expect([...firstToDraw([1, 2], 3, 10)]).toEqual([1, 2, 3, 4]);
    expect([...firstToDraw([9], 10, 10)]).toEqual([9]);
  });
});

describe('nextCards', () => {
  it('shows the new hits at the drawn positions and keeps the previous ones, stale, elsewhere', () => {
    const before = nextCards(hits('a', 4), [], new Set([0, 1, 2, 3]));
    expect(ids(before)).toEqual(['a-0', 'a-1', 'a-2', 'a-3']);
    expect(ids(nextCards(hits('b', 10), before, new Set([2, 3])))).toEqual(['a-0*', 'a-1*', 'b-2', 'b-3']);
    // The list ends at the first position with no card: a hit is never shown out of its place.
    expect(ids(nextCards(hits('b', 10), before, new Set([2, 3, 5])))).toEqual(['a-0*', 'a-1*', 'b-2', 'b-3']);
    expect(ids(nextCards(hits('b', 2), before, new Set([1])))).toEqual(['a-0*', 'b-1']);
  });

  it('keeps the same object for a card that does not change', () => {
    const a = hits('a', 3);
    const before = nextCards(a, [], new Set([0, 1, 2]));
    const b = hits('b', 3);
    const after = nextCards(b, before, new Set([0]));
    expect(after[1]).not.toBe(before[1]);
    const again = nextCards(b, after, new Set([0, 1]));
    expect(again[0]).toBe(after[0]);
    expect(again[2]).toBe(after[2]);
  });

  it('reaches every new hit, in place, whatever was in view, by drawing a few more at a time', () => {
    fc.assert(
      fc.property(fc.nat(12), fc.nat(12), fc.uniqueArray(fc.nat(14)), fc.integer({ min: 1, max: 3 }), (was, now, inView, step) => {
        const old = nextCards(hits('a', was), [], new Set(Array.from({ length: was }, (_, i) => i)));
        const fresh = hits('b', now);
        const drawn = firstToDraw(inView, old.length, now);
        let cards = nextCards(fresh, old, drawn);
        // Every card in view that the new hits reach is drawn at once.
        for (const i of inView) if (i < Math.min(was, now)) expect(cards[i]).toEqual({ hit: fresh[i], stale: false });
        if (now > 0) expect(drawn.size).toBeGreaterThan(0);
        for (let turn = 0; turn <= now; turn++) {
          cards.forEach((c, i) => expect(c.hit).toBe(c.stale ? old[i]!.hit : fresh[i]));
          takeNext(drawn, step, now);
          cards = nextCards(fresh, cards, drawn);
        }
        expect(ids(cards)).toEqual(ids(nextCards(fresh, [], new Set(Array.from({ length: now }, (_, i) => i)))));
      }),
    );
  });
});
