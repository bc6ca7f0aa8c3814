// The positions of the result cards in view: any part of the card inside the window and inside the
// column that scrolls the list. Read when new results are written, so it sees the scroll as it is then
// (typing into the box scrolls the box back into view in the key's own task, before any observer could
// report it). The page's layout is up to date by then unless the results came before the key's frame.

/** The nearest ancestor of `element` that scrolls vertically, or null (the window scrolls). */
function scroller(element: Element): Element | null {
  for (let e = element.parentElement; e; e = e.parentElement) {
    if (e.scrollHeight > e.clientHeight && /auto|scroll/.test(getComputedStyle(e).overflowY)) return e;
  }
  return null;
}

/** Positions (0-based) of the children of `list` that are in view. */
export function cardsInView(list: Element): number[] {
  const column = scroller(list)?.getBoundingClientRect();
  const top = Math.max(0, column?.top ?? 0);
  const bottom = Math.min(window.innerHeight, column?.bottom ?? Infinity);
  const out: number[] = [];
  const cards = list.children;
  for (let i = 0; i < cards.length; i++) {
    const r = cards[i]!.getBoundingClientRect();
    if (r.top >= bottom) break;
    if (r.bottom > top) out.push(i);
  }
  return out;
}
