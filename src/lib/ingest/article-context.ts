// What the whole article says about where it is: whether it is about Syria at all, and which
// governorates its unambiguous place names point to. Built once per article from the first reading.
import type { GazetteerEntry } from '../schema.ts';
import { normalizeArabic } from '../arabic/normalize.ts';

/** Words that say an article concerns Syria (سوريا، سورية، السوري، السوريين …), in normalised form. */
export const SYRIA_WORD = /(^|[^\u0621-\u064a])(و|ب|ل|ف)?(ال)?سوري(ا|ه|ون|ين|يه|تين)?([^\u0621-\u064a]|$)/;

/**
 * Names that only the Syrian war gives the press: its president and ministers, its armed factions
 * (each one held ground inside a zone, or fought the government beside them), its civil defence, its
 * state news agency, the UN envoy, Russia's base and reconciliation centre, the talks in Astana and the
 * zones themselves. A text naming one is about Syria even when it names no country («أعلن جيش الإسلام
 * … في دوما»); the place names in it still need their own cues. Astana alone is also a city and a club.
 */
const SYRIAN_ACTORS = [
  'بشار الأسد',
  'وليد المعلم',
  'بشار الجعفري',
  'دي ميستورا',
  'قاعدة حميميم',
  'مركز المصالحة الروسي',
  'مناطق خفض التصعيد',
  'منطقة خفض التصعيد',
  'محادثات أستانة',
  'مسار أستانة',
  'مفاوضات أستانة',
  'اجتماعات أستانة',
  'فيلق الشام',
  'حراس الدين',
  'جيش النصر',
  'جيش إدلب الحر',
  'الجبهة الشامية',
  'صقور الشام',
  'الحزب الإسلامي التركستاني',
  'لواء شهداء اليرموك',
  'قوات النمر',
  'سهيل الحسن',
  'هيئة تحرير الشام',
  'جبهة فتح الشام',
  'جبهة النصرة',
  'أحرار الشام',
  'فيلق الرحمن',
  'جيش الإسلام',
  'جيش العزة',
  'الجبهة الوطنية للتحرير',
  'نور الدين الزنكي',
  'جيش خالد بن الوليد',
  'الجيش السوري الحر',
  'الخوذ البيضاء',
  'وكالة سانا',
];
const SYRIAN_ACTOR = new RegExp(`(^|[^\u0621-\u064a])(و|ب|ل|ف)?(${SYRIAN_ACTORS.map(normalizeArabic).join('|')})([^\u0621-\u064a]|$)`);

/** The text names Syria or an actor of its war (normalised text). */
export function namesSyria(normText: string): boolean {
  return SYRIA_WORD.test(normText) || SYRIAN_ACTOR.test(normText);
}

export interface ArticleFocus {
  /**
   * The article names Syria or an actor of its war, a zone's region, or an admin unit or town that can
   * only be Syrian (not a common word, no namesake abroad, not only in OCHA's village list).
   */
  syrian: boolean;
  /** adm1 P-code → how many unambiguous mentions lie there. */
  governorates: Map<string, number>;
  /** Mean point of the unambiguous Syrian mentions, or null. */
  centroid: [number, number] | null;
}

/** Syrian entries all in one governorate: that governorate, else null. */
export function sharedGovernorate(entries: GazetteerEntry[]): string | null {
  let gov: string | null = null;
  for (const e of entries) {
    if (e.outside_syria || !e.adm1_pcode) return null;
    if (gov === null) gov = e.adm1_pcode;
    else if (gov !== e.adm1_pcode) return null;
  }
  return gov;
}

/** `sure`: the entries read without doubt in the first pass (no homograph, one governorate). */
export function articleFocus(normText: string, sure: GazetteerEntry[][]): ArticleFocus {
  const governorates = new Map<string, number>();
  const distinct = new Set<string>();
  let x = 0;
  let y = 0;
  let n = 0;
  let zoneNamed = false;
  for (const entries of sure) {
    // A village only OCHA lists (بيرين، روان) is too often a word or a name elsewhere to anchor an article.
    if (entries.some((e) => e.source !== 'ocha')) distinct.add(entries[0]!.name_ar);
    zoneNamed ||= entries.some((e) => e.kind === 'region' && (e.zones?.length ?? 0) > 0);
    const gov = sharedGovernorate(entries);
    if (gov === null) continue;
    governorates.set(gov, (governorates.get(gov) ?? 0) + 1);
    const p = entries.find((e) => e.point)?.point;
    if (p) {
      x += p[0];
      y += p[1];
      n++;
    }
  }
  return {
    syrian: zoneNamed || distinct.size >= 1 || namesSyria(normText),
    governorates,
    centroid: n > 0 ? [x / n, y / n] : null,
  };
}
