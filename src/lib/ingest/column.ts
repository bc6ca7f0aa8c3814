// A growable list of numbers in one typed array: per-article and per-excerpt figures kept for the end of
// a run without one heap object each, so the garbage collector has nothing to trace or copy for them.

export class NumberColumn {
  #data: Float64Array;
  #length = 0;

  constructor(capacity = 1024) {
    this.#data = new Float64Array(Math.max(16, capacity));
  }

  get length(): number {
    return this.#length;
  }

  push(value: number): void {
    if (this.#length === this.#data.length) {
      const grown = new Float64Array(this.#data.length * 2);
      grown.set(this.#data);
      this.#data = grown;
    }
    this.#data[this.#length++] = value;
  }

  /** The i-th value; an index outside the list is a bug in the caller. */
  at(i: number): number {
    if (i < 0 || i >= this.#length) throw new RangeError(`column index ${i} outside 0…${this.#length - 1}`);
    return this.#data[i]!;
  }

  /** The last value, or `fallback` when empty. */
  last(fallback: number): number {
    return this.#length === 0 ? fallback : this.#data[this.#length - 1]!;
  }

  /** The values so far, as a view (valid until the next push). */
  view(): Float64Array {
    return this.#data.subarray(0, this.#length);
  }
}
