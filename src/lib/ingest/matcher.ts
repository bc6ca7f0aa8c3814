// One pass over normalised text with a trie of normalised names: at each word start (after any
// attached prefixes) the longest name ending at a word boundary wins. Whitespace runs in the text
// match the single space of a multi-word name.
import { normalizeArabic, normalizeWithMap, originalSpan, type Normalized } from '../arabic/normalize.ts';
import { prefixCandidates } from '../arabic/prefixes.ts';

interface TrieNode {
  next: Map<number, TrieNode>;
  ids: string[] | null;
  /** The normalised key spelled by the path to this node, where a name ends here. */
  key: string;
}

const node = (): TrieNode => ({ next: new Map(), ids: null, key: '' });

export interface Term {
  /** The name as written (any form); normalised here. */
  name: string;
  id: string;
}

export interface Match {
  /** Span of the name in the original text (prefixes excluded). */
  start: number;
  end: number;
  surface: string;
  /** Normalised key that matched. */
  key: string;
  ids: string[];
  /** The attached prefix in normalised form ('' when none). */
  prefix: string;
  /** Offsets of the name in the normalised text. */
  normStart: number;
  normEnd: number;
}

function isWordCode(code: number): boolean {
  return (
    (code >= 0x0621 && code <= 0x064a) ||
    (code >= 0x0671 && code <= 0x06d3) ||
    (code >= 0x30 && code <= 0x39) ||
    ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)
  );
}

const isSpace = (code: number): boolean => code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;

export function termKey(name: string): string {
  return normalizeArabic(name).replace(/\s+/g, ' ').trim();
}

export class PlaceMatcher {
  private readonly root = node();
  readonly size: number;

  constructor(terms: Term[]) {
    let size = 0;
    for (const t of terms) {
      const key = termKey(t.name);
      if (key.length < 2) continue;
      let cur = this.root;
      for (let i = 0; i < key.length; i++) {
        const c = key.charCodeAt(i);
        let nx = cur.next.get(c);
        if (!nx) cur.next.set(c, (nx = node()));
        cur = nx;
      }
      if (!cur.ids) {
        cur.ids = [];
        cur.key = key;
        size++;
      }
      if (!cur.ids.includes(t.id)) cur.ids.push(t.id);
    }
    for (const n of this.walkAll(this.root)) n.ids?.sort();
    this.size = size;
  }

  private *walkAll(n: TrieNode): Generator<TrieNode> {
    yield n;
    for (const c of n.next.values()) yield* this.walkAll(c);
  }

  /**
   * Longest name from `pos` after feeding `seed`: its end in the text and its node, or null. Where a
   * name has a space the text may have none (careless typesetting: «جنوبسوريا», «الشرقيةلدمشق»), and
   * where the text has a space inside what the gazetteer writes as one word («بصر الحرير» for
   * «بصرالحرير») the space may be skipped; a match still ends at a word boundary.
   */
  private longest(text: string, pos: number, seed: string): { end: number; node: TrieNode } | null {
    let cur: TrieNode | undefined = this.root;
    for (let k = 0; k < seed.length && cur; k++) cur = cur.next.get(seed.charCodeAt(k));
    if (!cur) return null;
    const best: { end: number; node: TrieNode | null } = { end: -1, node: null };
    this.walk(text, pos, pos, cur, best, 0);
    return best.node ? { end: best.end, node: best.node } : null;
  }

  private walk(text: string, pos: number, from: number, start: TrieNode, best: { end: number; node: TrieNode | null }, detours: number): void {
    let cur = start;
    let i = from;
    while (i <= text.length) {
      if (cur.ids && i > pos && (i === text.length || !isWordCode(text.charCodeAt(i))) && i > best.end) {
        best.end = i;
        best.node = cur;
      }
      if (i === text.length) return;
      let code = text.charCodeAt(i);
      let step = 1;
      if (isSpace(code)) {
        while (i + step < text.length && isSpace(text.charCodeAt(i + step))) step++;
        code = 0x20;
        // A space the name does not have: go on with the next word's letter (at most one detour).
        if (!cur.next.has(0x20) && detours === 0 && i + step < text.length) {
          const after = cur.next.get(text.charCodeAt(i + step));
          if (after) this.walk(text, pos, i + step + 1, after, best, detours + 1);
          return;
        }
      } else if (detours === 0 && isWordCode(code)) {
        // A space the text does not have.
        const gap = cur.next.get(0x20)?.next.get(code);
        if (gap) this.walk(text, pos, i + 1, gap, best, detours + 1);
      }
      const nx: TrieNode | undefined = cur.next.get(code);
      if (!nx) return;
      cur = nx;
      i += step;
    }
  }

  /** All matches in `original`, left to right, non-overlapping. */
  find(original: string): Match[] {
    return this.findNormalized(original, normalizeWithMap(original));
  }

  /** Same as `find`, reusing a normalisation of `original` the caller already has. */
  findNormalized(original: string, norm: Normalized): Match[] {
    const text = norm.text;
    const out: Match[] = [];
    let i = 0;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (!isWordCode(code) || (i > 0 && isWordCode(text.charCodeAt(i - 1)))) {
        i++;
        continue;
      }
      let best: { end: number; ids: string[]; key: string; skip: number; prefix: string } | null = null;
      for (const cand of prefixCandidates(text, i)) {
        const hit = this.longest(text, i + cand.skip, cand.seed);
        if (!hit) continue;
        const { end, node: n } = hit;
        if (!best || end > best.end || (end === best.end && cand.skip < best.skip)) {
          best = { end, ids: n.ids ?? [], key: n.key, skip: cand.skip, prefix: cand.prefix };
        }
      }
      if (best) {
        const span = originalSpan(norm, i + best.skip, best.end);
        out.push({
          start: span.start,
          end: span.end,
          surface: original.slice(span.start, span.end),
          key: best.key,
          ids: best.ids,
          prefix: best.prefix,
          normStart: i + best.skip,
          normEnd: best.end,
        });
        i = best.end;
        continue;
      }
      i++;
    }
    return out;
  }
}
