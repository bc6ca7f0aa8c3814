// Interface strings in both languages. Arabic is the default; every key exists in both.
import { coverageAr, coverageEn } from './i18n-coverage.ts';

export const LANGS = ['ar', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const ar = {
  ...coverageAr,
  title: 'أطلس مناطق خفض التصعيد في سوريا، 2017',
  subtitle: 'المناطق الأربع في مذكرة أستانا وما كتبته الصحافة العربية عنها',
  switchLang: 'English',
  switchLangLabel: 'Switch the interface to English',
  mapLabel: 'خريطة سوريا ومناطق خفض التصعيد الأربع',
  loading: 'جارٍ تحميل الخريطة…',
  loadError: 'تعذّر تحميل بيانات المناطق',
  zones: 'المناطق',
  zoneListLabel: 'قائمة المناطق',
  legend: 'مفتاح الخريطة',
  legendCore: 'داخل المنطقة',
  legendCoreNote: 'نواحٍ كانت ضمن المنطقة',
  legendPartial: 'داخل المنطقة جزئياً',
  legendPartialNote: 'مرّ خط التماس عبر الناحية (تظليل مخطّط)',
  legendExcluded: 'مستثنى من الاتفاق',
  legendExcludedNote: 'ضمن النطاق الجغرافي لكن خارج الاتفاق',
  approximate: 'الحدود تقريبية: لم تُنشر خرائط رسمية للخطوط المتفق عليها.',
  aboutTitle: 'عن هذا الأطلس',
  aboutWhat: 'المناطق الأربع لخفض التصعيد التي سمّتها مذكرة أستانا في 4 أيار 2017: إدلب وما حولها، وريف حمص الشمالي، والغوطة الشرقية، والجنوب (درعا والقنيطرة)، وكل منها مربوط بما نشرته الصحافة العربية عنه.',
  aboutHow: 'اختر منطقة على الخريطة أو من القائمة لترى تواريخها ومصادرها والمقتطفات المرتبطة بها؛ واختر مقتطفاً لترى أماكنه على الخريطة.',
  aboutLines: 'رُسمت كل منطقة من النواحي الإدارية التي قدّرها بحث مستقل، لأن الخطوط المتفق عليها لم تُنشر قط؛ فهي تقريبية.',
  howMade: 'طريقة الرسم',
  close: 'إغلاق',
  closePanel: 'إغلاق لوحة المنطقة',
  lifecycle: 'التسلسل الزمني',
  source: 'المصدر',
  areas: 'المناطق المشمولة',
  part_core: 'داخل المنطقة',
  part_partial: 'جزئياً',
  part_excluded: 'مستثنى',
  verify: 'بحاجة إلى تحقق',
  area: 'المساحة',
  areaTotal: 'المجموع (داخل المنطقة وجزئياً)',
  km2: 'كم²',
  coverage: 'التغطية الصحفية',
  coverageEmpty: 'لم تُحمَّل بعد أي مقتطفات صحفية مرتبطة بهذه المنطقة.',
  subDistricts: 'ناحية',
  // Export and import (src/ui/export, src/ui/import)
  dataTools: 'البيانات',
  exportOpen: 'تصدير GeoJSON…',
  exportTitle: 'تصدير المناطق بصيغة GeoJSON',
  exportScope: 'المناطق',
  scopeAll: 'المناطق الأربع',
  scopeSelected: 'المنطقة المحددة',
  scopeView: 'ما تعرضه الخريطة الآن',
  noSelection: 'لم تُحدَّد منطقة',
  exportContent: 'التغطية الصحفية',
  contentIds: 'المعرّفات والأعداد فقط',
  contentExcerpts: 'مع المقتطفات المرتبطة',
  exportGeometry: 'الحدود',
  geometryAll: 'داخل المنطقة وجزئياً',
  geometryCore: 'داخل المنطقة فقط',
  downloadGeojson: 'تنزيل GeoJSON',
  downloadCsv: 'تنزيل مقتطفات المنطقة المحددة (CSV)',
  exportNothing: 'لا توجد منطقة ضمن هذا الاختيار.',
  exportPreparing: 'جارٍ تحضير الملف…',
  exportDone: 'نُزِّل الملف',
  exportFailed: 'تعذّر التصدير',
  importTitle: 'طبقات مستوردة',
  importChoose: 'إضافة ملف GeoJSON',
  importHint: 'أو اسحب الملف وأفلته على الخريطة.',
  dropHint: 'أفلت ملف GeoJSON هنا لإضافته طبقةً فوق المناطق',
  importChecking: 'جارٍ فحص الملف…',
  importAdded: 'أُضيفت الطبقة',
  removeOverlay: 'إزالة الطبقة',
  overlayFeatures: 'المضلعات',
  // Shell: skip links, announcements, phone sheet (src/ui/SkipLinks, Announcer, ZonePanel)
  skipToList: 'انتقل إلى قائمة المناطق',
  skipMap: 'تخطَّ الخريطة',
  announceZone: 'حُدِّدت المنطقة: {name}',
  announceExcerpt: 'حُدِّد مقتطف: {name}',
  announcePlace: 'حُدِّد المكان: {name}',
  announceCleared: 'أُلغي التحديد',
  announceGeneral: 'فُتحت التغطية العامة',
  loadingName: 'جارٍ التحميل…',
  sheetExpand: 'توسيع اللوحة',
  sheetCollapse: 'تصغير اللوحة',
} as const;

export type StringKey = keyof typeof ar;

const en: Record<StringKey, string> = {
  ...coverageEn,
  title: "Atlas of Syria's 2017 de-escalation zones",
  subtitle: 'The four zones of the Astana memorandum and what the Arabic press wrote about them',
  switchLang: 'العربية',
  switchLangLabel: 'التبديل إلى الواجهة العربية',
  mapLabel: 'Map of Syria and the four de-escalation zones',
  loading: 'Loading the map…',
  loadError: 'The zone data could not be loaded',
  zones: 'Zones',
  zoneListLabel: 'List of zones',
  legend: 'Legend',
  legendCore: 'Inside the zone',
  legendCoreNote: 'sub-districts inside the zone',
  legendPartial: 'Partly inside',
  legendPartialNote: 'the line ran through the sub-district (hatched)',
  legendExcluded: 'Excluded from the deal',
  legendExcludedNote: 'inside the area but outside the agreement',
  approximate: 'Boundaries are approximate: the agreed lines were never published as official maps.',
  aboutTitle: 'About this atlas',
  aboutWhat: 'The four de-escalation zones named by the Astana memorandum of 4 May 2017: Idlib and its surroundings, northern Homs, Eastern Ghouta and the south (Daraa and Quneitra), each tied to what the Arabic press reported about it.',
  aboutHow: 'Choose a zone on the map or in the list to see its dates, sources and linked excerpts; choose an excerpt to see its places on the map.',
  aboutLines: 'Each zone is drawn from the sub-districts an independent research proposal assigns to it, because the agreed lines were never published; the lines are approximate.',
  howMade: 'How the lines were drawn',
  close: 'Close',
  closePanel: 'Close the zone panel',
  lifecycle: 'Timeline',
  source: 'Source',
  areas: 'Areas covered',
  part_core: 'Inside',
  part_partial: 'Partly',
  part_excluded: 'Excluded',
  verify: 'to verify',
  area: 'Area',
  areaTotal: 'Total (inside and partly)',
  km2: 'km²',
  coverage: 'Coverage',
  coverageEmpty: 'No linked coverage loaded yet for this zone.',
  subDistricts: 'sub-districts',
  dataTools: 'Data',
  exportOpen: 'Export GeoJSON…',
  exportTitle: 'Export the zones as GeoJSON',
  exportScope: 'Zones',
  scopeAll: 'All four zones',
  scopeSelected: 'The selected zone',
  scopeView: 'What the map shows now',
  noSelection: 'no zone selected',
  exportContent: 'Coverage',
  contentIds: 'Ids and counts only',
  contentExcerpts: 'With the linked excerpts',
  exportGeometry: 'Boundaries',
  geometryAll: 'Core and partial',
  geometryCore: 'Core only',
  downloadGeojson: 'Download GeoJSON',
  downloadCsv: "Download the selected zone's excerpts (CSV)",
  exportNothing: 'No zone matches this choice.',
  exportPreparing: 'Preparing the file…',
  exportDone: 'Downloaded',
  exportFailed: 'The export failed',
  importTitle: 'Imported overlays',
  importChoose: 'Add a GeoJSON file',
  importHint: 'Or drag the file onto the map.',
  dropHint: 'Drop a GeoJSON file here to add it as an overlay',
  importChecking: 'Checking the file…',
  importAdded: 'Overlay added',
  removeOverlay: 'Remove the overlay',
  overlayFeatures: 'polygons',
  skipToList: 'Skip to the zone list',
  skipMap: 'Skip the map',
  announceZone: 'Selected zone: {name}',
  announceExcerpt: 'Selected excerpt: {name}',
  announcePlace: 'Selected place: {name}',
  announceCleared: 'Selection cleared',
  announceGeneral: 'General coverage opened',
  loadingName: 'Loading…',
  sheetExpand: 'Expand the panel',
  sheetCollapse: 'Collapse the panel',
};

const tables: Record<Lang, Record<StringKey, string>> = { ar, en };

/** The interface string `key` in `lang`. */
export function t(lang: Lang, key: StringKey): string {
  return tables[lang][key];
}

/** Text direction of the interface in `lang`. */
export function dirOf(lang: Lang): 'rtl' | 'ltr' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

/** A whole number formatted for `lang` (Arabic keeps Western digits inside Arabic text for legibility). */
export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'ar' ? 'ar-SY-u-nu-latn' : 'en-GB', { maximumFractionDigits: 0 }).format(value);
}

/** An ISO date (YYYY-MM-DD) shown in the reader's language; the input is returned when it is not a date. */
export function formatDate(iso: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(lang === 'ar' ? 'ar-SY-u-nu-latn' : 'en-GB', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
