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
const MIN_PARAGRAPH = 40;

/** A Syrian anchor: the country, its capital, a governorate or a zone's best-known name. */
const ANCHOR = /سوري|دمشق|إدلب|ادلب|الغوطة|درعا|حمص|حلب|حماة|حماه|القنيطرة|اللاذقية|دير الزور|الرقة|الحسكة|طرطوس|السويداء|الأسد/;

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
  for (const f of pickA) {
    const paras = textParagraphs(readFileSync(join(CORPUS, f), 'utf8')).filter((s) => s.end - s.start >= MIN_PARAGRAPH);
    for (const s of shuffled(paras, rand).slice(0, EXCERPTS_PER_ARTICLE).sort((a, b) => a.start - b.start)) excerpts.push({ file: f, ...s });
  }
  const sample = {
    corpus: 'ant-2018',
    seed: SEED,
    anchor: ANCHOR.source,
    files: files.length,
    articles: [...pickA.map((file) => ({ file, anchored: true })), ...pickU.map((file) => ({ file, anchored: false }))],
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
  console.log(`sample: ${pickA.length} anchored + ${pickU.length} unanchored articles, ${excerpts.length} excerpts; ${unanchored.length} files without an anchor`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
