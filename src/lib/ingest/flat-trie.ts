// A trie's transitions in one open-addressing hash table of typed arrays: node numbers and UTF-16 code
// units in, the child's number out. A walk over text then asks a few integer comparisons per step
// instead of a Map lookup per node, and the garbage collector has three arrays to skip instead of a
// Map per node. Node 0 is the root; the builder numbers nodes as they are made.

const EMPTY = -1;

export class FlatTrieBuilder {
  private readonly edges: number[] = [];
  private readonly lookup = new Map<number, number>();
  private count = 1;

  /** The child of `node` on `code`, made when it is not there yet. */
  child(node: number, code: number): number {
    const key = node * 0x10000 + code;
    let next = this.lookup.get(key);
    if (next === undefined) {
      next = this.count++;
      this.lookup.set(key, next);
      this.edges.push(node, code, next);
    }
    return next;
  }

  get nodes(): number {
    return this.count;
  }

  build(): FlatTrie {
    return new FlatTrie(this.edges, this.count);
  }
}

export class FlatTrie {
  private readonly parents: Int32Array;
  private readonly codes: Uint16Array;
  private readonly children: Int32Array;
  private readonly shift: number;
  private readonly mask: number;
  readonly nodes: number;

  /** `edges`: parent, code, child, three numbers an edge. */
  constructor(edges: readonly number[], nodes: number) {
    const n = edges.length / 3;
    // A table at most half full: probes stay short.
    let bits = 4;
    while (1 << bits < n * 2) bits++;
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.parents = new Int32Array(1 << bits).fill(EMPTY);
    this.codes = new Uint16Array(1 << bits);
    this.children = new Int32Array(1 << bits);
    this.nodes = nodes;
    for (let e = 0; e < edges.length; e += 3) {
      let h = this.slot(edges[e]!, edges[e + 1]!);
      while (this.parents[h] !== EMPTY) h = (h + 1) & this.mask;
      this.parents[h] = edges[e]!;
      this.codes[h] = edges[e + 1]!;
      this.children[h] = edges[e + 2]!;
    }
  }

  private slot(node: number, code: number): number {
    return Math.imul(Math.imul(node, 0x27d4eb2d) ^ code, 0x9e3779b1) >>> this.shift;
  }

  /** The child of `node` on `code`, or -1. */
  child(node: number, code: number): number {
    let h = this.slot(node, code);
    for (;;) {
      const p = this.parents[h]!;
      if (p === node && this.codes[h] === code) return this.children[h]!;
      if (p === EMPTY) return EMPTY;
      h = (h + 1) & this.mask;
    }
  }
}
