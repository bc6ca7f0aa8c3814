// One pass over normalised text with a trie of normalised names: at each word start (after any
// attached prefixes) the longest name ending at a word boundary wins. Whitespace runs in the text
// match the single space of a multi-word name.
import { normalizeArabic, normalizeWithMap, originalSpan, type Normalized } from '../arabic/normalize.ts';
import { prefixReadings } from '../arabic/prefixes.ts';

interface TrieNode {
  next: Map<number, TrieNode>;
  ids: string[] | null;
  /** The normalised key spelled by the path to this node, where a name ends here. */
  key: string;
  /** next.get(space), looked up once the trie is built (every step of a walk asks for it). */
  space: TrieNode | null;
}

const node = (): TrieNode => ({ next: new Map(), ids: null, key: '', space: null });

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
  /** The node after the article ال, where a reading that restores a dropped alef (لل…) starts. */
  private readonly article: TrieNode | null;
  readonly size: number;
  /** The longest name found by the walk under way: its end in the text and its node. */
  private bestEnd = -1;
  private bestNode: TrieNode | null = null;
  private readonly readings = new Uint8Array(8);

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
    for (const n of this.walkAll(this.root)) {
      n.ids?.sort();
      n.space = n.next.get(0x20) ?? null;
    }
    this.article = this.root.next.get(0x0627)?.next.get(0x0644) ?? null;
    this.size = size;
  }

  private *walkAll(n: TrieNode): Generator<TrieNode> {
    yield n;
    for (const c of n.next.values()) yield* this.walkAll(c);
  }

  /**
   * Longest name from `pos`, starting at trie node `start`: sets bestEnd and bestNode (bestNode null
   * when none). Where a name has a space the text may have none (careless typesetting: «جنوبسوريا»,
   * «الشرقيةلدمشق»), and where the text has a space inside what the gazetteer writes as one word
   * («بصر الحرير» for «بصرالحرير») the space may be skipped; a match still ends at a word boundary.
   */
  private longest(text: string, pos: number, start: TrieNode): void {
    this.bestEnd = -1;
    this.bestNode = null;
    this.walk(text, pos, pos, start, 0);
  }

  private walk(text: string, pos: number, from: number, start: TrieNode, detours: number): void {
    let cur = start;
    let i = from;
    const length = text.length;
    while (i <= length) {
      if (cur.ids && i > pos && i > this.bestEnd && (i === length || !isWordCode(text.charCodeAt(i)))) {
        this.bestEnd = i;
        this.bestNode = cur;
      }
      if (i === length) return;
      let code = text.charCodeAt(i);
      let step = 1;
      if (isSpace(code)) {
        while (i + step < length && isSpace(text.charCodeAt(i + step))) step++;
        code = 0x20;
        // A space the name does not have: go on with the next word's letter (at most one detour).
        if (cur.space === null && detours === 0 && i + step < length) {
          const after = cur.next.get(text.charCodeAt(i + step));
          if (after) this.walk(text, pos, i + step + 1, after, detours + 1);
          return;
        }
      } else if (detours === 0 && cur.space !== null && isWordCode(code)) {
        // A space the text does not have.
        const gap = cur.space.next.get(code);
        if (gap) this.walk(text, pos, i + 1, gap, detours + 1);
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
      // Of the readings of the word's prefixes (prefixReadings), the one whose name ends furthest, then the shortest prefix.
      let bestEnd = -1;
      let bestSkip = 0;
      let bestNode: TrieNode | null = null;
      const readings = this.readings;
      const count = prefixReadings(text, i, readings);
      for (let k = 0; k < count; k++) {
        const skip = readings[k]! >> 1;
        const start = readings[k]! & 1 ? this.article : this.root;
        if (!start) continue;
        this.longest(text, i + skip, start);
        const end = this.bestEnd;
        if (this.bestNode && (end > bestEnd || (end === bestEnd && skip < bestSkip))) {
          bestEnd = end;
          bestSkip = skip;
          bestNode = this.bestNode;
        }
      }
      const best = bestNode ? { end: bestEnd, ids: bestNode.ids ?? [], key: bestNode.key, skip: bestSkip, prefix: text.slice(i, i + bestSkip) } : null;
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
