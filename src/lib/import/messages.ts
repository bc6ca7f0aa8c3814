// Messages of the import checker: each names the file and the problem, in English and Arabic.
import type { ImportErrorCode, ImportMessage, ImportWarningCode } from './types.ts';

export function megabytes(bytes: number): string {
  return (bytes / 1_000_000).toFixed(1);
}

function make<C extends string>(code: C, name: string, en: string, ar: string): ImportMessage<C> {
  return { code, message: `${name}: ${en}`, message_ar: `${name}: ${ar}` };
}

type Texts = [en: string, ar: string];

export function importError(code: ImportErrorCode, name: string, [en, ar]: Texts): ImportMessage<ImportErrorCode> {
  return make(code, name, en, ar);
}

export function importWarning(code: ImportWarningCode, name: string, [en, ar]: Texts): ImportMessage<ImportWarningCode> {
  return make(code, name, en, ar);
}

export const texts = {
  unreadable: (detail: string): Texts => [`the file could not be read (${detail}).`, `تعذّرت قراءة الملف (${detail}).`],
  empty: (): Texts => ['the file is empty (0 bytes).', 'الملف فارغ (0 بايت).'],
  tooLarge: (bytes: number, limit: number): Texts => [
    `the file is ${megabytes(bytes)} MB; overlays are limited to ${megabytes(limit)} MB. Simplify it (for example with ogr2ogr -simplify or mapshaper) and try again.`,
    `حجم الملف ${megabytes(bytes)} ميغابايت، والحد الأقصى للطبقات المضافة ${megabytes(limit)} ميغابايت. بسّط الملف ثم أعد المحاولة.`,
  ],
  notUtf8: (): Texts => ['the file is not UTF-8 text; GeoJSON must be UTF-8.', 'الملف ليس نصاً بترميز UTF-8، وهو الترميز المطلوب في GeoJSON.'],
  /** The engine's own words only in English; Arabic says where the parse stopped, when the engine tells. */
  notJson: (detail: string): Texts => {
    const at = /line (\d+) column (\d+)/.exec(detail);
    const where = at ? ` (توقّف التحليل عند السطر ${at[1]}، العمود ${at[2]})` : '';
    return [`not JSON (${detail}).`, `ليس ملف JSON صالحاً${where}.`];
  },
  topojson: (): Texts => [
    'this is TopoJSON, not GeoJSON; convert it first (for example with topo2geo or mapshaper).',
    'هذا ملف TopoJSON وليس GeoJSON؛ حوّله إلى GeoJSON أولاً.',
  ],
  notGeojson: (detail: string): Texts => [`JSON, but not GeoJSON: ${detail}.`, `ملف JSON لكنه ليس GeoJSON: ${detail}.`],
  invalidGeometry: (detail: string): Texts => [`invalid geometry: ${detail}.`, `شكل هندسي غير صالح: ${detail}.`],
  wrongGeometry: (types: string[]): Texts => [
    `contains only ${types.join(', ')} geometries; an overlay needs Polygon or MultiPolygon areas.`,
    `لا يحوي إلا أشكالاً من نوع ${types.join('، ')}؛ الطبقة المضافة تحتاج إلى مضلعات (Polygon أو MultiPolygon).`,
  ],
  noFeatures: (): Texts => ['contains no features.', 'لا يحوي أي معالم.'],
  notWgs84: (x: number, y: number): Texts => [
    `coordinates such as [${x}, ${y}] are not longitude/latitude degrees; the file looks projected. Re-export it as WGS84 (EPSG:4326).`,
    `إحداثيات مثل [${x}, ${y}] ليست درجات طول وعرض؛ يبدو الملف بإسقاط آخر. صدّره من جديد بنظام WGS84 ‏(EPSG:4326).`,
  ],
  swapped: (): Texts => [
    'coordinates look swapped: they are latitude, longitude, but GeoJSON needs longitude first. Swap them and try again.',
    'يبدو أن الإحداثيات معكوسة (العرض قبل الطول)، وGeoJSON يضع خط الطول أولاً. اعكسها ثم أعد المحاولة.',
  ],
  outside: (bbox: number[]): Texts => [
    `every feature lies far outside Syria and its neighbours (bounding box ${bbox.join(', ')}).`,
    `كل المعالم بعيدة عن سوريا وجوارها (الإطار ${bbox.join(', ')}).`,
  ],
  skipped: (count: number, types: string[]): Texts => [
    `${count} feature(s) with ${types.join(', ')} geometry were skipped; only Polygon and MultiPolygon are drawn.`,
    `تُجوهلت ${count} من المعالم من نوع ${types.join('، ')}؛ لا تُرسم إلا المضلعات.`,
  ],
  selfIntersection: (features: number, points: number, at: number[] | null, repaired: number): Texts => [
    `${features} feature(s) cross themselves (${points} self-intersection(s)${at ? `, first near ${at.join(', ')}` : ''}); ` +
      (repaired === features
        ? 'they were split into simple polygons at the crossings (Turf unkinkPolygon) and drawn that way; check the outline against your source.'
        : `${repaired} of them were split at the crossings and drawn; the others could not be repaired and may not be drawn.`),
    `${features} من المعالم تتقاطع حدودها مع نفسها (${points} نقطة تقاطع${at ? `، أولاها قرب ${at.join('، ')}` : ''})؛ ` +
      (repaired === features
        ? 'قُسّمت عند نقاط التقاطع إلى مضلعات بسيطة ورُسمت كذلك؛ قارن الحدود بمصدرها.'
        : `قُسّم ${repaired} منها عند نقاط التقاطع ورُسم، وتعذّر إصلاح الباقي فقد لا يُرسم.`),
  ],
  kinksSkipped: (count: number, limit: number): Texts => [
    `${count} polygon(s) have more than ${limit} vertices and were not checked for self-intersections.`,
    `${count} من المضلعات فيها أكثر من ${limit} رأس ولم يُفحص تقاطعها الذاتي.`,
  ],
  outsideSome: (count: number): Texts => [
    `${count} feature(s) lie far outside Syria and its neighbours; they are drawn but will not be in view.`,
    `${count} من المعالم بعيدة عن سوريا وجوارها؛ رُسمت لكنها خارج مجال العرض.`,
  ],
  crsIgnored: (): Texts => [
    'the file declares a "crs"; GeoJSON (RFC 7946) is always WGS84 longitude/latitude, so it was ignored.',
    'يعلن الملف نظام إحداثيات ("crs")؛ GeoJSON يستخدم دائماً WGS84 فتم تجاهله.',
  ],
};
