// The content words of a stretch of Arabic text, for telling whether two paragraphs share a subject:
// normalised as the matcher normalises, function words (the `stopword` package's Arabic list) left out,
// attached prefixes (و ف ب ل ك ال) stripped, short words dropped.
import { ara } from 'stopword';
import { normalizeArabic } from '../arabic/normalize.ts';
import { WordMemo } from '../word-memo.ts';
import { SpanMap } from '../search/span-map.ts';

const STOP = new Set(ara.map((w) => normalizeArabic(w)));
// Reporting verbs and time words every news paragraph carries: sharing them says nothing about a subject.
for (const w of 'قال قالت اضاف اضافت اكد اكدت اعلن اعلنت وفق وفقا حسب بحسب يوم اليوم امس الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت الاحد العام عام وكاله الانباء مصادر مصدر'.split(' ')) STOP.add(w);

// «للكلور» is ل + الكلور with the alef dropped: «لل» is tried before a lone ل.
const PREFIX = /^(?:و|ف)?(?:لل|(?:ب|ل|ك)?(?:ال)?)/;
const SUFFIX = /(?:ها|هم|هما|هن|ه|ات|ين|ون|ان|يه|ي)$/;

/** Each word's stem, worked out once (a corpus has far fewer distinct words than words). */
const stems = new WordMemo(stemOf);

/** One word reduced to a comparable stem (or '' when it is a function word or too short). */
export function topicStem(word: string): string {
  return stems.get(word);
}

function stemOf(word: string): string {
  const w = normalizeArabic(word).replace(/[^\u0621-\u064a]/g, '');
  if (w.length < 3 || STOP.has(w)) return '';
  let s = w.replace(PREFIX, (p) => (w.length - p.length >= 3 ? '' : p));
  if (STOP.has(s)) return '';
  if (s.length >= 5) s = s.replace(SUFFIX, (x) => (s.length - x.length >= 3 ? '' : x));
  return s.length >= 3 ? s : '';
}

/** Whether a code unit belongs to a word here (Arabic letters, harakat, tatweel). */
const inWord = (c: number): boolean => (c >= 0x0621 && c <= 0x0652) || c === 0x0640;

/**
 * The words of texts met so far, found by their code units without a string made of each, and each
 * one's stem (by its entry): a word seen before costs a hash of its units instead of a substring, a
 * string hash and two Map lookups. Started afresh when full.
 */
const WORDS_KEPT = 1 << 18;
const seen = new SpanMap(WORDS_KEPT);
let stemOfEntry: string[] = [];
let units = new Uint16Array(64);

/** The set of content-word stems of `text` (of its runs of word units, as text.split would give them). */
export function topicWords(text: string): Set<string> {
  const out = new Set<string>();
  let i = 0;
  while (i < text.length) {
    if (!inWord(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && inWord(text.charCodeAt(end))) end++;
    const n = end - i;
    if (units.length < n) units = new Uint16Array(n * 2);
    for (let k = 0; k < n; k++) units[k] = text.charCodeAt(i + k);
    let e = seen.find(units, 0, n);
    if (e < 0) {
      if (seen.full) {
        seen.clear();
        stemOfEntry = [];
      }
      e = seen.add(units, 0, n);
      stemOfEntry[e] = stemOf(text.slice(i, end));
    }
    const s = stemOfEntry[e]!;
    if (s) out.add(s);
    i = end;
  }
  return out;
}

/** How many of `a`'s words `b` has. */
export function sharedCount(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}
