// A set of strings given as spans of code units (a Uint16Array, from, to), numbering each in the
// order it is added: finding a word of a buffer needs no string made of it. Open addressing on an FNV-1a
// hash of the units; the units of the words kept are copied into one pool. The table grows as words come,
// up to `limit` words (then `full` says so and the owner may clear it).

const EMPTY = -1;

/** FNV-1a over units[from, to). */
function hashOf(units: Uint16Array, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ units[i]!, 0x01000193);
  // The table takes the low bits: fold the high ones in.
  return h ^ (h >>> 15);
}

export class SpanMap {
  private slots: Int32Array;
  private mask: number;
  /** Per entry: its hash, where its units start in `pool`, and their count. */
  private hashes: Int32Array;
  private starts: Int32Array;
  private lengths: Int32Array;
  private pool = new Uint16Array(1 << 16);
  private used = 0;
  size = 0;
  /** Where the last miss of `find` would go, and its hash (what `add` fills in). */
  private missSlot = -1;
  private missHash = 0;

  constructor(private readonly limit: number) {
    this.slots = new Int32Array(1024).fill(EMPTY);
    this.mask = 1023;
    this.hashes = new Int32Array(512);
    this.starts = new Int32Array(512);
    this.lengths = new Int32Array(512);
  }

  get full(): boolean {
    return this.size >= this.limit;
  }

  /** Twice the room: the entries' arrays copied, the slots made again (at most half of them in use). */
  private grow(): void {
    const room = this.hashes.length * 2;
    const widen = (a: Int32Array): Int32Array => {
      const b = new Int32Array(room);
      b.set(a);
      return b;
    };
    this.hashes = widen(this.hashes);
    this.starts = widen(this.starts);
    this.lengths = widen(this.lengths);
    this.slots = new Int32Array(room * 2).fill(EMPTY);
    this.mask = room * 2 - 1;
    for (let e = 0; e < this.size; e++) {
      let s = this.hashes[e]! & this.mask;
      while (this.slots[s] !== EMPTY) s = (s + 1) & this.mask;
      this.slots[s] = e;
    }
  }

  /** The entry of units[from, to), or -1. */
  find(units: Uint16Array, from: number, to: number): number {
    const h = hashOf(units, from, to);
    const length = to - from;
    const pool = this.pool;
    let s = h & this.mask;
    for (;;) {
      const e = this.slots[s]!;
      if (e === EMPTY) break;
      if (this.hashes[e] === h && this.lengths[e] === length) {
        const start = this.starts[e]!;
        let k = 0;
        while (k < length && pool[start + k] === units[from + k]) k++;
        if (k === length) return e;
      }
      s = (s + 1) & this.mask;
    }
    this.missSlot = s;
    this.missHash = h;
    return -1;
  }

  /** Add units[from, to), which the map does not hold; returns its entry. */
  add(units: Uint16Array, from: number, to: number): number {
    if (this.full) throw new Error('SpanMap: full');
    if (this.size === this.hashes.length) this.grow();
    // Where the span goes (and its hash): the slot a find of it stops at.
    if (this.find(units, from, to) >= 0) throw new Error('SpanMap: the span is there already');
    const length = to - from;
    if (this.used + length > this.pool.length) {
      const pool = new Uint16Array(Math.max(this.pool.length * 2, this.used + length));
      pool.set(this.pool.subarray(0, this.used));
      this.pool = pool;
    }
    this.pool.set(units.subarray(from, to), this.used);
    const e = this.size++;
    this.hashes[e] = this.missHash;
    this.starts[e] = this.used;
    this.lengths[e] = length;
    this.used += length;
    this.slots[this.missSlot] = e;
    return e;
  }

  /** Forget every entry. */
  clear(): void {
    this.slots.fill(EMPTY);
    this.size = 0;
    this.used = 0;
  }
}
