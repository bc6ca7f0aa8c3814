// An excerpt's index terms as numbers, counted where the excerpt is worked (a worker thread), so that
// the main thread builds the search index from integers instead of splitting and counting every
// excerpt's terms again at the end of a run. A TermCoder numbers the terms it meets in the order it
// first meets them and hands the new ones over (take) with the results that use them; the main thread
// keeps one TermDecoder per coder, which turns that coder's numbers into the numbers of one shared
// TermCoder (the index's vocabulary).
import { splitTerms } from './options.ts';
import { SpanMap } from './span-map.ts';
import { placeTerms, tokenize, wordTerms } from './terms.ts';
import { WordSpans } from './word-spans.ts';

/** Words whose term numbers a coder keeps (the cache starts afresh when it is full). */
const WORDS_KEPT = 1 << 19;

/**
 * An excerpt's terms coded: [number of terms (repeats counted), then for each distinct term in the
 * order it first comes: its number, how often it comes].
 */
export type TermCodes = Int32Array;

export class TermCoder {
  private readonly numbers = new Map<string, number>();
  readonly names: string[] = [];
  private taken = 0;
  /**
   * Per term number, two integers side by side (one cache line for both): the excerpt it was last
   * counted in, and its count's place in `pairs` then.
   */
  private seen = new Int32Array(2048).fill(-1);
  private excerpts = 0;
  private readonly pairs: number[] = [];
  /**
   * Per word of a text, the numbers of its terms (wordTerms), one word's after another in `wordNumbers`:
   * the word's entry e in `words` has them at wordNumbers[wordAt[2e], wordAt[2e] + wordAt[2e + 1]).
   */
  private readonly words: SpanMap;
  private wordAt = new Int32Array(2048);
  private wordNumbers = new Int32Array(1 << 16);
  private numbersUsed = 0;
  /** A text's words, read without a string each. */
  private readonly spans = new WordSpans();

  /** `wordsKept`: how many words' term numbers to keep (the table starts afresh when it is full). */
  constructor(wordsKept = WORDS_KEPT) {
    this.words = new SpanMap(wordsKept);
  }

  /** The number of `term`, given it now when it has none. */
  number(term: string): number {
    let no = this.numbers.get(term);
    if (no === undefined) {
      no = this.names.length;
      this.numbers.set(term, no);
      this.names.push(term);
      if (2 * no === this.seen.length) this.seen = widened(this.seen, -1);
    }
    return no;
  }

  /** The codes of an excerpt's terms joined by spaces (excerptTerms), counted as the index counts them. */
  encode(terms: string): TermCodes {
    const list = splitTerms(terms);
    this.start();
    for (const term of list) if (term !== '') this.count(this.number(term));
    return this.codes(list.length);
  }

  /**
   * The codes of the terms docTerms(text, placeNames) gives (what encode gives of them joined by
   * spaces), each distinct word's terms looked up once instead of at every use.
   */
  encodeText(text: string, placeNames: readonly string[]): TermCodes {
    this.start();
    let length = 0;
    const spans = this.spans;
    if (spans.read(text)) {
      const { units, bounds, count } = spans;
      for (let w = 0; w < count; w++) length += this.countWord(units, bounds[2 * w]!, bounds[2 * w + 1]!, w);
    } else {
      for (const word of tokenize(text)) {
        const numbers = this.numbersOf(wordTerms(word));
        length += numbers.length;
        for (let i = 0; i < numbers.length; i++) this.count(numbers[i]!);
      }
    }
    for (const term of placeTerms(placeNames)) {
      length++;
      this.count(this.number(term));
    }
    return this.codes(length);
  }

  /** Count the terms of word `w` of the spans read, units[from, to); returns how many it has. */
  private countWord(units: Uint16Array, from: number, to: number, w: number): number {
    const words = this.words;
    let e = words.find(units, from, to);
    if (e < 0) {
      if (words.full) {
        words.clear();
        this.numbersUsed = 0;
      }
      e = words.add(units, from, to);
      this.keepNumbers(e, wordTerms(this.spans.word(w)));
    }
    const at = this.wordAt[2 * e]!;
    const n = this.wordAt[2 * e + 1]!;
    const numbers = this.wordNumbers;
    for (let i = at; i < at + n; i++) this.count(numbers[i]!);
    return n;
  }

  /** Keep the numbers of `terms` as those of word entry `e`. */
  private keepNumbers(e: number, terms: readonly string[]): void {
    if (2 * e + 2 > this.wordAt.length) this.wordAt = widened(this.wordAt, 0);
    while (this.numbersUsed + terms.length > this.wordNumbers.length) this.wordNumbers = widened(this.wordNumbers, 0);
    this.wordAt[2 * e] = this.numbersUsed;
    this.wordAt[2 * e + 1] = terms.length;
    for (let i = 0; i < terms.length; i++) this.wordNumbers[this.numbersUsed++] = this.number(terms[i]!);
  }

  /** The numbers of `terms`. */
  private numbersOf(terms: readonly string[]): Int32Array {
    const numbers = new Int32Array(terms.length);
    for (let i = 0; i < terms.length; i++) numbers[i] = this.number(terms[i]!);
    return numbers;
  }

  private start(): void {
    this.excerpts++;
    this.pairs.length = 0;
  }

  /** One more use of term `no` in the excerpt under way. */
  private count(no: number): void {
    const seen = this.seen;
    if (seen[2 * no] === this.excerpts) this.pairs[seen[2 * no + 1]! + 1]!++;
    else {
      seen[2 * no] = this.excerpts;
      seen[2 * no + 1] = this.pairs.length;
      this.pairs.push(no, 1);
    }
  }

  /** The excerpt under way's codes, of `length` terms. */
  private codes(length: number): TermCodes {
    const pairs = this.pairs;
    const codes = new Int32Array(pairs.length + 1);
    codes[0] = length;
    for (let i = 0; i < pairs.length; i++) codes[i + 1] = pairs[i]!;
    return codes;
  }

  /** The terms numbered since the last call, in number order. */
  take(): string[] {
    const fresh = this.names.slice(this.taken);
    this.taken = this.names.length;
    return fresh;
  }
}

/** `a` in an array twice as long, the rest filled with `fill`. */
function widened(a: Int32Array<ArrayBuffer>, fill: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  if (fill !== 0) b.fill(fill, a.length);
  return b;
}

/** One coder's numbers as the numbers of `into`. */
export class TermDecoder {
  private readonly map: number[] = [];

  constructor(private readonly into: TermCoder) {}

  /** The terms the coder took since the last time, in its number order. */
  learn(fresh: readonly string[]): void {
    for (const term of fresh) this.map.push(this.into.number(term));
  }

  /** `codes` in the numbers of `into`, rewritten in place. */
  decode(codes: TermCodes): TermCodes {
    for (let i = 1; i < codes.length; i += 2) {
      const no = this.map[codes[i]!];
      if (no === undefined) throw new Error(`search terms: term number ${codes[i]} was never handed over`);
      codes[i] = no;
    }
    return codes;
  }
}
