// The words of a text as tokenize (terms.ts) gives them, without a string for each: its normalised,
// lower-cased code units in one reused buffer, each word a span [start, end) of it, by the same tables
// as fast-words.ts. A text with a unit the tables cannot decide alone is refused (the caller then
// takes tokenize's words), so the words are always tokenize's.
import { DROPPED, NOT_WORD, UNDECIDED, unitTable } from './fast-words.ts';

export class WordSpans {
  /** The words' units, one after another (no separators). */
  units = new Uint16Array(4096);
  /** Word i is units[bounds[2i], bounds[2i + 1]). */
  bounds = new Int32Array(1024);
  /** How many words the last read found. */
  count = 0;

  /** Read `text`'s words into the buffers; false (and nothing read) when a unit needs the slow path. */
  read(text: string): boolean {
    const t = unitTable();
    if (this.units.length < text.length) this.units = new Uint16Array(text.length * 2);
    // At most one word in every two units, and one more.
    if (this.bounds.length < text.length + 2) this.bounds = new Int32Array(text.length * 2 + 2);
    const units = this.units;
    const bounds = this.bounds;
    let n = 0;
    let words = 0;
    let inWord = false;
    for (let i = 0; i < text.length; i++) {
      const v = t[text.charCodeAt(i)]!;
      if (v === DROPPED) continue;
      if (v === UNDECIDED) return false;
      if (v >= NOT_WORD) {
        if (inWord) bounds[2 * words++ + 1] = n;
        inWord = false;
        continue;
      }
      if (!inWord) bounds[2 * words] = n;
      units[n++] = v;
      inWord = true;
    }
    if (inWord) bounds[2 * words++ + 1] = n;
    this.count = words;
    return true;
  }

  /** Word `i` of the last read as a string. */
  word(i: number): string {
    return String.fromCharCode.apply(null, this.units.subarray(this.bounds[2 * i]!, this.bounds[2 * i + 1]!) as unknown as number[]);
  }
}
