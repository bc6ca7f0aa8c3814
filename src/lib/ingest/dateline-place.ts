// The place of a report's dateline named again by a noun alone: «إدلب - عنب بلدي: بدأت مديرية التربية
// في المحافظة …», «سراقب - خاص: عادت العائلات إلى منازلها في المدينة». A dateline says where a report
// was filed, not what it is about; but where the body names no Syrian place of its own and speaks of
// «the city» or «the governorate», that noun can only mean the dateline's place, and is read as a
// mention of it (rule dateline-referred-to). The dateline is in the body (the linker finds it at the
// head of a paragraph) or, taken out by the cleaner, handed over as the place of filing.
import type { GazetteerEntry, PlaceKind } from '../schema.ts';
import { originalSpan, type Normalized } from '../arabic/normalize.ts';
import type { Match } from './matcher.ts';
import type { Reading } from './resolve.ts';

/** The noun, after a preposition («في المدينة», «إلى المحافظة») or with ب / ل attached («بالمدينة», «للمحافظة»). */
const REFERS_BACK = /(?:(?:^|\s)(?:في|من|الي|علي|داخل|خارج|انحاء|ارجاء|وسط)\s+ال|(?:^|\s)[وف]?(?:بال|لل))(مدينه|محافظه|بلده|قريه)(?![\u0621-\u064a])/g;

/** The readings a noun stands for: a governorate, or a town (then its sub-district, then the unit named after it). */
const KINDS: Record<string, PlaceKind[]> = {
  محافظه: ['adm1', 'adm2', 'town'],
  مدينه: ['town', 'adm3', 'adm2', 'adm1'],
  بلده: ['town', 'adm3'],
  قريه: ['town', 'adm3'],
};

export const DATELINE_RULE = 'dateline-referred-to';

/**
 * Readings for the nouns of `text` (normalised as `norm`) from offset `from` on that name `place` (the
 * dateline's Syrian entries), outside `datelines` (spans of `text`); a noun none of whose kinds `place`
 * has («the city» of a governorate only) is left out.
 */
export function datelineReadings(text: string, norm: Normalized, from: number, datelines: { start: number; end: number }[], place: { key: string; entries: GazetteerEntry[] }): Reading[] {
  const out: Reading[] = [];
  REFERS_BACK.lastIndex = 0;
  for (let m = REFERS_BACK.exec(norm.text); m; m = REFERS_BACK.exec(norm.text)) {
    const noun = m[1]!;
    const normEnd = m.index + m[0].length;
    const normStart = normEnd - noun.length - 2;
    const span = originalSpan(norm, normStart, normEnd);
    if (span.start < from || datelines.some((d) => span.start < d.end && span.end > d.start)) continue;
    const entry = KINDS[noun]!.map((k) => place.entries.find((e) => e.kind === k)).find((e) => e !== undefined);
    if (!entry) continue;
    const match: Match = { start: span.start, end: span.end, surface: text.slice(span.start, span.end), key: place.key, ids: place.entries.map((e) => e.id), prefix: '', normStart, normEnd };
    out.push({ match, resolved: { match, entry, rule: DATELINE_RULE }, refusal: null });
  }
  return out;
}
