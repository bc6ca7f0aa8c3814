import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { haveGeo, realLinker as linker } from './real-linker.ts';
import { prepareArticle, processArticle } from '../../src/lib/ingest/article.ts';

const ROOT = new URL('../../', import.meta.url);
const SEEDS = new URL('../shared/corpus/seeds/', ROOT);

interface Expected {
  excerpts: number;
  links: Record<string, Record<string, string>>;
}
const expected = JSON.parse(readFileSync(new URL('tests/fixtures/ingest/seeds.expected.json', ROOT), 'utf8')) as Record<string, Expected | string>;

// These goldens need the geo build's gazetteer and zones (npm run geo); the fixture-gazetteer tests
// in ingest-link.test.ts cover the rules without them.
describe.skipIf(!haveGeo)('zones per excerpt of the five seeds (hand-written golden, real gazetteer)', () => {
  for (const [file, exp] of Object.entries(expected)) {
    if (typeof exp === 'string') continue;
    it(`links each excerpt of ${file} to the zones read by hand`, () => {
      const text = readFileSync(new URL(file, SEEDS), 'utf8');
      const a = processArticle('seed', prepareArticle({ file, text, title: null, given: undefined }), linker!);
      expect(a.excerpts).toHaveLength(exp.excerpts);
      const got: Record<string, Record<string, string>> = {};
      a.excerpts.forEach((e, i) => {
        if (e.links.length > 0) got[String(i + 1)] = Object.fromEntries(e.links.map((l) => [l.zone, l.strength]));
      });
      expect(got).toEqual(exp.links);
      for (const e of a.excerpts) {
        expect(a.text.body.slice(e.start, e.end)).toBe(e.text);
        for (const m of e.mentions) expect(a.text.body.slice(m.start, m.end)).toBe(m.surface);
        for (const l of e.links)
          for (const ev of l.evidence) {
            // A link resting on the headline's place names it there, not in the body.
            if (ev.rule.startsWith('continues-title/')) expect(a.meta.title).toContain(ev.surface);
            else expect(a.text.body.slice(ev.start, ev.end)).toBe(ev.surface);
          }
      }
    });
  }

  it('never turns reader comments or trailing unrelated items into excerpts', () => {
    const c002 = readFileSync(new URL('002_9b18adc8104ef748.txt', SEEDS), 'utf8');
    const a = processArticle('s', prepareArticle({ file: '002', text: c002, title: null, given: undefined }), linker!);
    expect(a.excerpts.some((e) => e.text.includes('الطيران لحد اللحظة'))).toBe(false);
    expect(a.text.comments).toHaveLength(5);
    const c000 = readFileSync(new URL('000_c833b11f66c90fd5.txt', SEEDS), 'utf8');
    const b = processArticle('s', prepareArticle({ file: '000', text: c000, title: null, given: undefined }), linker!);
    expect(b.excerpts.some((e) => e.text.includes('المنطقة الجنوبية'))).toBe(false);
  });
});
