// Synthetic Arabic articles of realistic length that mix gazetteer names into news-like sentences.
import type { Gazetteer } from '../../src/lib/schema.ts';

/** Small deterministic PRNG (mulberry32) so every run generates the same corpus. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OPENERS = ['قالت مصادر محلية إن', 'أفاد ناشطون بأن', 'ذكرت وكالة أنباء أن', 'أعلن مسؤول في المعارضة أن', 'أكد مراسل الشبكة أن'];
const EVENTS = [
  'الهدوء ساد صباح اليوم في {p} بعد ليلة من القصف المدفعي',
  'قوات النظام قصفت أطراف {p} بالمدفعية الثقيلة',
  'وفدا من الأهالي عاد إلى {p} بعد سريان الاتفاق',
  'المساعدات الإنسانية دخلت إلى {p} عبر معبر جديد',
  'اشتباكات عنيفة اندلعت على محور {p} دون تقدم يذكر',
  'المحادثات في {p} تناولت تثبيت وقف إطلاق النار',
];
const TAILS = ['وسط مخاوف من انهيار الهدنة', 'في ظل غياب أي رقابة دولية', 'بحسب ما نقلته مصادر متطابقة', 'وفق بيان صدر مساء أمس'];
const PREFIXES = ['', '', '', 'و', 'ب', 'في '];

/** The articles one at a time, so a large corpus can go to disk without being held in memory. */
export function* articleStream(gazetteer: Gazetteer, count: number, seed = 42): Generator<string> {
  const next = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const names = gazetteer.entries.flatMap((e) => [e.name_ar, ...e.aliases_ar.slice(0, 1)]);
  for (let i = 0; i < count; i++) {
    const paragraphs: string[] = [];
    const n = 4 + Math.floor(next() * 4);
    for (let k = 0; k < n; k++) {
      const sentences: string[] = [];
      const s = 2 + Math.floor(next() * 2);
      for (let j = 0; j < s; j++) {
        const place = `${pick(PREFIXES)}${pick(names)}`.replace('في و', 'في ');
        sentences.push(`${pick(OPENERS)} ${pick(EVENTS).replace('{p}', place)} ${pick(TAILS)}.`);
      }
      paragraphs.push(sentences.join(' '));
    }
    const day = 1 + Math.floor(next() * 28);
    const month = 1 + Math.floor(next() * 12);
    yield `تطورات ميدانية جديدة رقم ${i}\n\n${day}.${month}.2017\n\n${paragraphs.join('\n\n')}\n`;
  }
}
