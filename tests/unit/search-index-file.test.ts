import { Index } from 'flexsearch';
import { describe, expect, it } from 'vitest';
import { exportIndex, importIndex } from '../../src/lib/search/index-file.ts';
import { INDEX_OPTIONS } from '../../src/lib/search/options.ts';

const TEXTS = ['قصف على البلدة', 'هدوء في البلدة', 'قصف ثم هدوء', 'قصف قصف'];

function built(): Index {
  const index = new Index(INDEX_OPTIONS);
  TEXTS.forEach((t, no) => index.add(no, t));
  return index;
}

describe('search index file', () => {
  it('writes each slot\'s ids as differences and reads back the same index', () => {
    const file = exportIndex(built(), TEXTS.length);
    const text = JSON.stringify(file);
    expect(text).not.toContain('"reg"');
    const { index, vocabulary } = importIndex(JSON.parse(text));
    for (const term of ['قصف', 'البلده', 'البلدة', 'هدوء', 'ثم']) {
      expect(index.search(term, { limit: 10 })).toEqual(built().search(term, { limit: 10 }));
    }
    expect(vocabulary).toEqual([...vocabulary].sort());
    expect(vocabulary).toContain('قصف');
  });

  it('refuses a file whose ids run past its documents, naming the term', () => {
    const file = exportIndex(built(), TEXTS.length);
    const bad = JSON.parse(JSON.stringify(file));
    const entry = (bad.chunks[0][1] as [string, (number[] | null)[]][]).find(([term]) => term === 'قصف')!;
    const slot = entry[1].findIndex((s) => s !== null);
    entry[1][slot] = [1, 2, 9];
    expect(() => importIndex(bad)).toThrow(/«قصف» names a document outside 0 … 3/);
  });
});
