import { describe, expect, it } from 'vitest';
import { assert, array, integer, property, string } from 'fast-check';
import { FlatTrieBuilder } from '../../src/lib/ingest/flat-trie.ts';

/** The words' trie built both ways: with the flat table, and as nested Maps (the plain way). */
function both(words: string[]): { flat: ReturnType<FlatTrieBuilder['build']>; plain: Map<number, Map<number, number>> } {
  const builder = new FlatTrieBuilder();
  const plain = new Map<number, Map<number, number>>();
  for (const w of words) {
    let cur = 0;
    for (let i = 0; i < w.length; i++) {
      const next = builder.child(cur, w.charCodeAt(i));
      if (!plain.has(cur)) plain.set(cur, new Map());
      plain.get(cur)!.set(w.charCodeAt(i), next);
      cur = next;
    }
  }
  return { flat: builder.build(), plain };
}

describe('flat trie', () => {
  it('finds every child the words made, and no other, whatever the words', () => {
    assert(
      property(array(string({ minLength: 1, maxLength: 12, unit: 'binary' }), { maxLength: 300 }), array(integer({ min: 0, max: 0xffff }), { maxLength: 50 }), (words, probes) => {
        const { flat, plain } = both(words);
        for (const [node, kids] of plain) for (const [code, child] of kids) if (flat.child(node, code) !== child) return false;
        for (let node = 0; node < flat.nodes; node++) for (const code of probes) if (flat.child(node, code) !== (plain.get(node)?.get(code) ?? -1)) return false;
        return true;
      }),
      { numRuns: 200 },
    );
  });

  it('numbers the root 0 and gives one node per distinct prefix', () => {
    const { flat } = both(['حلب', 'حماه', 'حمص', 'حمص']);
    // root, ح, then لب, م, اه and ص
    expect(flat.nodes).toBe(8);
    expect(flat.child(0, 'ح'.charCodeAt(0))).toBe(1);
    expect(flat.child(0, 'د'.charCodeAt(0))).toBe(-1);
  });
});
