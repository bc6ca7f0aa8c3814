// A set of strings given as spans of code units (a Uint16Array, from, to), numbering each in the
// order it is added: finding a word of a buffer needs no string made of it. Open addressing on an FNV-1a
// hash of the units; the units of the words kept are copied into one pool. A slot holds all a probe
// reads (the entry's hash, where its units start in the pool, their count and the entry's number) in
// four neighbouring integers, so a lookup touches one cache line of the table and one of the pool
// (four arrays of a field each made it five lines, most of them missed in a table of a corpus's words).
// The table grows as words come, up to `limit` words (then `full` says so and the owner may clear it).

const EMPTY = -1;
/** Integers a slot: hash, start in the pool, length, entry (EMPTY when the slot is free). */
const SLOT = 4;

/** FNV-1a over units[from, to). */
function hashOf(units: Uint16Array, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ units[i]!, 0x01000193);
  // The table takes the low bits: fold the high ones in.
  return h ^ (h >>> 15);
}

/** A table of `slots` free slots. */
function emptyTable(slots: number): Int32Array {
  const table = new Int32Array(slots * SLOT);
  for (let s = 3; s < table.length; s += SLOT) table[s] = EMPTY;
  return table;
}

export class SpanMap {
  private table: Int32Array;
  /** Slots minus one (their count is a power of two, at least twice the entries). */
  private mask: number;
  private pool = new Uint16Array(1 << 16);
  private used = 0;
  size = 0;

  constructor(private readonly limit: number) {
    this.table = emptyTable(1024);
    this.mask = 1023;
  }

  get full(): boolean {
    return this.size >= this.limit;
  }

  /** Twice the slots, the entries put in again by their hashes. */
  private grow(): void {
    const old = this.table;
    const slots = (this.mask + 1) * 2;
    const table = emptyTable(slots);
    const mask = slots - 1;
    for (let o = 0; o < old.length; o += SLOT) {
      if (old[o + 3] === EMPTY) continue;
      let s = old[o]! & mask;
      while (table[s * SLOT + 3] !== EMPTY) s = (s + 1) & mask;
      table.set(old.subarray(o, o + SLOT), s * SLOT);
    }
    this.table = table;
    this.mask = mask;
  }

  /** The slot of units[from, to) with hash `h`: the one holding it, or the free one a probe for it stops at. */
  private slotOf(units: Uint16Array, from: number, to: number, h: number): number {
    const length = to - from;
    const table = this.table;
    const pool = this.pool;
    let s = h & this.mask;
    for (;;) {
      const at = s * SLOT;
      if (table[at + 3] === EMPTY) return at;
      if (table[at] === h && table[at + 2] === length) {
        const start = table[at + 1]!;
        let k = 0;
        while (k < length && pool[start + k] === units[from + k]) k++;
        if (k === length) return at;
      }
      s = (s + 1) & this.mask;
    }
  }

  /** The entry of units[from, to), or -1. */
  find(units: Uint16Array, from: number, to: number): number {
    return this.table[this.slotOf(units, from, to, hashOf(units, from, to)) + 3]!;
  }

  /** Add units[from, to), which the map does not hold; returns its entry. */
  add(units: Uint16Array, from: number, to: number): number {
    if (this.full) throw new Error('SpanMap: full');
    // At most half the slots in use: probes stay short.
    if (this.size * 2 >= this.mask + 1) this.grow();
    const h = hashOf(units, from, to);
    const at = this.slotOf(units, from, to, h);
    if (this.table[at + 3] !== EMPTY) throw new Error('SpanMap: the span is there already');
    const length = to - from;
    if (this.used + length > this.pool.length) {
      const pool = new Uint16Array(Math.max(this.pool.length * 2, this.used + length));
      pool.set(this.pool.subarray(0, this.used));
      this.pool = pool;
    }
    this.pool.set(units.subarray(from, to), this.used);
    const e = this.size++;
    this.table[at] = h;
    this.table[at + 1] = this.used;
    this.table[at + 2] = length;
    this.table[at + 3] = e;
    this.used += length;
    return e;
  }

  /** Forget every entry. */
  clear(): void {
    for (let s = 3; s < this.table.length; s += SLOT) this.table[s] = EMPTY;
    this.size = 0;
    this.used = 0;
  }
}
