// Draw the linking gold sample from ../shared/corpus/ant-2018 with a fixed seed, and write
// tests/eval/gold/sample.json: the articles to label, two paragraphs of each anchored article to label as
// excerpts (offsets into the file's text), and every file with no Syrian anchor word (for the count of
// unrelated articles linked over the whole corpus). Labels are made by reading; this only chooses what to read.
// Usage: npx tsx tests/eval/sample-gold.ts [--check]
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS = fileURLToPath(new URL('../../../shared/corpus/ant-2018', import.meta.url));
const OUT = fileURLToPath(new URL('./gold/sample.json', import.meta.url));
const SEED = 20180101;
const ANCHORED = 230;
const UNANCHORED = 110;
const EXCERPTS_PER_ARTICLE = 2;
/**
 * A second draw, made once the first had been read: about a third of the anchored articles turned out
 * to mention Syria only in passing, so 60 more are drawn from those that name a Syrian anchor at least
 * three times (and 30 naming the northern Homs pocket, below), to have more than 200 articles about Syria.
 */
const STRONGLY_ANCHORED = 60;
const STRONG_HITS = 3;
const THIRD_DRAW = 25;
/** The first draw held no article about the northern Homs pocket: 30 of the second are drawn among those naming it. */
const NORTH_HOMS_DRAW = 30;
const NORTH_HOMS = /الرستن|تلبيسة|الحولة|ريف حمص الشمالي|ريف حماة الجنوبي/;
const MIN_PARAGRAPH = 40;

/** A Syrian anchor: the country, its capital, a governorate or a zone's best-known name. */
const ANCHOR_WORDS = 'سوري|دمشق|إدلب|ادلب|الغوطة|درعا|حمص|حلب|حماة|حماه|القنيطرة|اللاذقية|دير الزور|الرقة|الحسكة|طرطوس|السويداء|الأسد';
const ANCHOR = new RegExp(ANCHOR_WORDS);
const ANCHOR_ALL = new RegExp(ANCHOR_WORDS, 'g');

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(list: T[], rand: () => number): T[] {
  const a = [...list];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

export function listCorpus(root = CORPUS): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(root, p));
    }
  };
  walk(root);
  return out.sort();
}

/** Paragraph spans (one line each) inside the record's <TEXT> element, as offsets into the file's text. */
export function textParagraphs(raw: string): { start: number; end: number }[] {
  const open = raw.indexOf('<TEXT>');
  const close = raw.indexOf('</TEXT>', open);
  if (open < 0 || close < 0) return [];
  const spans: { start: number; end: number }[] = [];
  const re = /[^\n]+/g;
  re.lastIndex = open + '<TEXT>'.length;
  for (let m = re.exec(raw); m && m.index < close; m = re.exec(raw)) {
    const lead = m[0].length - m[0].trimStart().length;
    const text = m[0].trim();
    const end = Math.min(m.index + lead + text.length, close);
    if (text) spans.push({ start: m.index + lead, end });
  }
  return spans;
}

function main(): void {
  const files = listCorpus();
  const anchored: string[] = [];
  const unanchored: string[] = [];
  for (const f of files) (ANCHOR.test(readFileSync(join(CORPUS, f), 'utf8')) ? anchored : unanchored).push(f);
  const rand = mulberry32(SEED);
  const pickA = shuffled(anchored, rand).slice(0, ANCHORED).sort();
  const pickU = shuffled(unanchored, rand).slice(0, UNANCHORED).sort();
  const excerpts: { file: string; start: number; end: number }[] = [];
  const addExcerpts = (list: string[]): void => {
    for (const f of list) {
      const paras = textParagraphs(readFileSync(join(CORPUS, f), 'utf8')).filter((s) => s.end - s.start >= MIN_PARAGRAPH);
      for (const s of shuffled(paras, rand).slice(0, EXCERPTS_PER_ARTICLE).sort((x, y) => x.start - y.start)) excerpts.push({ file: f, ...s });
    }
  };
  addExcerpts(pickA);
  // The second draw comes after the first one's excerpts, so that the first draw stays as it was read.
  const taken = new Set(pickA);
  const hits = (f: string, re: RegExp): number => readFileSync(join(CORPUS, f), 'utf8').match(re)?.length ?? 0;
  const homs = shuffled(anchored.filter((f) => !taken.has(f) && hits(f, NORTH_HOMS) > 0), rand).slice(0, NORTH_HOMS_DRAW);
  for (const f of homs) taken.add(f);
  const strongAll = shuffled(anchored.filter((f) => !taken.has(f) && hits(f, ANCHOR_ALL) >= STRONG_HITS), rand);
  const pickS = [...homs, ...strongAll.slice(0, STRONGLY_ANCHORED)].sort();
  addExcerpts(pickS);
  // A third draw: the second still left the count of articles about Syria just under 200.
  const pickT = strongAll.slice(STRONGLY_ANCHORED, STRONGLY_ANCHORED + THIRD_DRAW).sort();
  addExcerpts(pickT);
  const sample = {
    corpus: 'ant-2018',
    seed: SEED,
    anchor: ANCHOR_WORDS,
    files: files.length,
    articles: [
      ...pickA.map((file) => ({ file, anchored: true })),
      ...pickU.map((file) => ({ file, anchored: false })),
      ...pickS.map((file) => ({ file, anchored: true, draw: 2 })),
      ...pickT.map((file) => ({ file, anchored: true, draw: 3 })),
    ],
    excerpts,
    unrelated_heuristic: unanchored,
  };
  const text = `${JSON.stringify(sample, null, 1)}\n`;
  if (process.argv.includes('--check')) {
    if (readFileSync(OUT, 'utf8') !== text) {
      console.error(`${OUT} is stale: run npx tsx tests/eval/sample-gold.ts`);
      process.exit(1);
    }
    return;
  }
  writeFileSync(OUT, text);
  console.log(
    `sample: ${pickA.length} anchored + ${pickU.length} unanchored articles + ${pickS.length} in the second draw + ${pickT.length} in the third, ${excerpts.length} excerpts; ${unanchored.length} files without an anchor`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
