// One pass over normalised text with a trie of normalised names: at each word start (after any
// attached prefixes) the longest name ending at a word boundary wins. Whitespace runs in the text
// match the single space of a multi-word name.
import { normalizeArabic, normalizeWithMap, originalSpan, type Normalized } from '../arabic/normalize.ts';
import { prefixReadings } from '../arabic/prefixes.ts';
import { FlatTrie, FlatTrieBuilder } from './flat-trie.ts';

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
  private readonly trie: FlatTrie;
  /** Per node where a name ends: its ids (sorted) and its normalised key; null elsewhere. */
  private readonly ids: (string[] | null)[];
  private readonly keys: string[];
  /** Per node: its child on a space, or -1 (every step of a walk asks for it). */
  private readonly space: Int32Array;
  /** The node after the article ال, where a reading that restores a dropped alef (لل…) starts; -1 when no name starts so. */
  private readonly article: number;
  readonly size: number;
  /** The longest name found by the walk under way: its end in the text and its node (-1 when none). */
  private bestEnd = -1;
  private bestNode = -1;
  private readonly readings = new Uint8Array(8);

  constructor(terms: Term[]) {
    const builder = new FlatTrieBuilder();
    const ends = new Map<number, { key: string; ids: string[] }>();
    for (const t of terms) {
      const key = termKey(t.name);
      if (key.length < 2) continue;
      let cur = 0;
      for (let i = 0; i < key.length; i++) cur = builder.child(cur, key.charCodeAt(i));
      let end = ends.get(cur);
      if (!end) ends.set(cur, (end = { key, ids: [] }));
      if (!end.ids.includes(t.id)) end.ids.push(t.id);
    }
    this.trie = builder.build();
    this.ids = new Array<string[] | null>(this.trie.nodes).fill(null);
    this.keys = new Array<string>(this.trie.nodes).fill('');
    for (const [n, end] of ends) {
      this.ids[n] = end.ids.sort();
      this.keys[n] = end.key;
    }
    this.space = new Int32Array(this.trie.nodes);
    for (let n = 0; n < this.trie.nodes; n++) this.space[n] = this.trie.child(n, 0x20);
    const alef = this.trie.child(0, 0x0627);
    this.article = alef < 0 ? -1 : this.trie.child(alef, 0x0644);
    this.size = ends.size;
  }

  /**
   * Longest name from `pos`, starting at trie node `start`: sets bestEnd and bestNode (-1 when none).
   * Where a name has a space the text may have none (careless typesetting: «جنوبسوريا»,
   * «الشرقيةلدمشق»), and where the text has a space inside what the gazetteer writes as one word
   * («بصر الحرير» for «بصرالحرير») the space may be skipped; a match still ends at a word boundary.
   */
  private longest(text: string, pos: number, start: number): void {
    this.bestEnd = -1;
    this.bestNode = -1;
    this.walk(text, pos, pos, start, 0);
  }

  private walk(text: string, pos: number, from: number, start: number, detours: number): void {
    const trie = this.trie;
    let cur = start;
    let i = from;
    const length = text.length;
    while (i <= length) {
      if (this.ids[cur] !== null && i > pos && i > this.bestEnd && (i === length || !isWordCode(text.charCodeAt(i)))) {
        this.bestEnd = i;
        this.bestNode = cur;
      }
      if (i === length) return;
      let code = text.charCodeAt(i);
      let step = 1;
      const space = this.space[cur]!;
      if (isSpace(code)) {
        while (i + step < length && isSpace(text.charCodeAt(i + step))) step++;
        code = 0x20;
        // A space the name does not have: go on with the next word's letter (at most one detour).
        if (space < 0 && detours === 0 && i + step < length) {
          const after = trie.child(cur, text.charCodeAt(i + step));
          if (after >= 0) this.walk(text, pos, i + step + 1, after, detours + 1);
          return;
        }
      } else if (detours === 0 && space >= 0 && isWordCode(code)) {
        // A space the text does not have.
        const gap = trie.child(space, code);
        if (gap >= 0) this.walk(text, pos, i + 1, gap, detours + 1);
      }
      const nx = trie.child(cur, code);
      if (nx < 0) return;
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
      let bestNode = -1;
      const readings = this.readings;
      const count = prefixReadings(text, i, readings);
      for (let k = 0; k < count; k++) {
        const skip = readings[k]! >> 1;
        const start = readings[k]! & 1 ? this.article : 0;
        if (start < 0) continue;
        this.longest(text, i + skip, start);
        const end = this.bestEnd;
        if (this.bestNode >= 0 && (end > bestEnd || (end === bestEnd && skip < bestSkip))) {
          bestEnd = end;
          bestSkip = skip;
          bestNode = this.bestNode;
        }
      }
      const best = bestNode >= 0 ? { end: bestEnd, ids: this.ids[bestNode]!, key: this.keys[bestNode]!, skip: bestSkip, prefix: text.slice(i, i + bestSkip) } : null;
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
