// Interface strings in both languages. Arabic is the default; every key exists in both.

export const LANGS = ['ar', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const ar = {
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
} as const;

export type StringKey = keyof typeof ar;

const en: Record<StringKey, string> = {
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
