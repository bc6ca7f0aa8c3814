// Which result cards show the new results and which still show the previous ones (stale, hidden
// until their turn), by position: see SearchResults.svelte. Pure, so the order of drawing is tested
// without a page.
import type { ShownHit } from '../../lib/search/protocol.ts';

/** A card: the hit it shows, and whether that is still one of the previous results. */
export interface Card {
  readonly hit: ShownHit;
  readonly stale: boolean;
}

/**
 * Cards drawn at once when nothing of the list is in view (or it had no cards): the first screen shows
 * the first card and the top of the second (1280x800; one card on a phone).
 */
export const FIRST_CARDS = 2;

/**
 * The positions drawn at once for new results: those of the cards in view (`inView`, positions of
 * the `shown` cards drawn before), from the first of them on, at least FIRST_CARDS, and FIRST_CARDS
 * more when the last card is in view (new ones may come under it); the first cards when none is in
 * view. Always one run of positions, below `hits`.
 */
export function firstToDraw(inView: Iterable<number>, shown: number, hits: number): Set<number> {
  let first = Infinity;
  let last = -Infinity;
  for (const i of inView) {
    if (i < 0 || i >= shown || i >= hits) continue;
    first = Math.min(first, i);
    last = Math.max(last, i);
  }
  if (first === Infinity) [first, last] = [0, 0];
  const end = Math.min(hits, Math.max(last + 1 + (last === shown - 1 ? FIRST_CARDS : 0), first + FIRST_CARDS));
  const drawn = new Set<number>();
  for (let i = first; i < end; i++) drawn.add(i);
  return drawn;
}

/** Add to `drawn` the `n` lowest positions below `hits` not yet in it. */
export function takeNext(drawn: Set<number>, n: number, hits: number): void {
  for (let i = 0; i < hits && n > 0; i++) {
    if (drawn.has(i)) continue;
    drawn.add(i);
    n--;
  }
}

/**
 * The cards for `hits`, given the cards `before` and the positions `drawn` for these hits: a drawn
 * position shows its hit, another keeps the hit its card showed, stale; the list ends at the first
 * position that is neither (a hit with no card yet). A card that stays as it was is the same object.
 */
export function nextCards(hits: readonly ShownHit[], before: readonly Card[], drawn: ReadonlySet<number>): Card[] {
  const out: Card[] = [];
  for (let i = 0; i < hits.length; i++) {
    const was = before[i];
    let card: Card;
    if (drawn.has(i)) card = { hit: hits[i]!, stale: false };
    else if (was) card = { hit: was.hit, stale: true };
    else break;
    out.push(was && was.hit === card.hit && was.stale === card.stale ? was : card);
  }
  return out;
}
