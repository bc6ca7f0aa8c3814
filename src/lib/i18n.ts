// Interface strings. Arabic is the default: what the first view shows ships with the page, the strings of
// the panels, the reader and the data dialogs (i18n-late.ts) come with their chunks (see loadLateStrings).
// The English table (i18n-en.ts, every key) is a chunk of its own, fetched by loadLang before the
// interface switches.
import type { lateAr } from './i18n-late.ts';

export const LANGS = ['ar', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const ar = {
  // Coverage strings of the first view (the rest are in i18n-coverage.ts, loaded late).
  generalCoverage: 'التغطية العامة',
  listView: 'عرض القائمة',
  mapView: 'إخفاء القائمة',
  listViewLabel: 'المناطق ومقتطفاتها كقائمة',
  title: 'أطلس مناطق خفض التصعيد في سوريا، 2017',
  subtitle: 'المناطق الأربع في مذكرة أستانا وما كتبته الصحافة العربية عنها',
  switchLang: 'English',
  switchLangLabel: 'Switch the interface to English',
  mapLabel: 'خريطة سوريا ومناطق خفض التصعيد الأربع',
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  mapSources: 'مصادر الخريطة',
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
  legendPlaces: 'أماكن سمّتها الصحافة',
  legendPlacesNote: 'الدائرة أكبر كلما كثرت المقتطفات؛ والمحافظة المذكورة تُحدَّد بحدودها حين يُختار مقتطفها',
  approximate: 'الحدود تقريبية: لم تُنشر خرائط رسمية للخطوط المتفق عليها.',
  aboutTitle: 'عن هذا الأطلس',
  aboutWhat: 'المناطق الأربع لخفض التصعيد التي سمّتها مذكرة أستانا في 4 أيار 2017: إدلب وما حولها، وريف حمص الشمالي، والغوطة الشرقية، والجنوب (درعا والقنيطرة)، وكل منها مربوط بما نشرته الصحافة العربية عنه.',
  aboutHow: 'اختر منطقة على الخريطة أو من القائمة لترى تواريخها ومصادرها والمقتطفات المرتبطة بها؛ واختر مقتطفاً لترى أماكنه على الخريطة.',
  aboutLines: 'رُسمت كل منطقة من النواحي الإدارية التي قدّرها بحث مستقل، لأن الخطوط المتفق عليها لم تُنشر قط؛ فهي تقريبية.',
  howMade: 'طريقة الرسم',
  dataTools: 'البيانات',
  exportOpen: 'تصدير GeoJSON…',
  dropHint: 'أفلت ملف GeoJSON هنا لإضافته طبقةً فوق المناطق',
  // Shell: skip links, announcements, phone sheet (src/ui/SkipLinks, Announcer, ZonePanel)
  skipToList: 'انتقل إلى قائمة المناطق',
  skipMap: 'تخطَّ الخريطة',
  announceZone: 'حُدِّدت المنطقة: {name}',
  announceExcerpt: 'حُدِّد مقتطف: {name}',
  announcePlace: 'حُدِّد المكان: {name}',
  announceCleared: 'أُلغي التحديد',
  announceGeneral: 'فُتحت التغطية العامة',
  loadingName: 'جارٍ التحميل…',
} as const;

export type StringKey = keyof typeof ar | keyof typeof lateAr;

/** Arabic: the first view's strings now, the late ones once loadLateStrings has run. */
const arabic: Partial<Record<StringKey, string>> = { ...ar };
const tables: Record<Lang, Readonly<Partial<Record<StringKey, string>>> | null> = { ar: arabic, en: null };
let late: Promise<void> | null = null;

/** Fetch the Arabic strings of the panels, reader and dialogs once (their chunks wait for it). */
export function loadLateStrings(): Promise<void> {
  late ??= import('./i18n-late.ts').then(({ lateAr }) => void Object.assign(arabic, lateAr));
  return late;
}

/** Whether the strings of `lang` are here (Arabic always is). */
export function hasLang(lang: Lang): boolean {
  return tables[lang] !== null;
}

/** Fetch the strings of `lang` once; later calls return at once. */
export async function loadLang(lang: Lang): Promise<void> {
  if (lang === 'en') tables.en ??= (await import('./i18n-en.ts')).en;
}

/** The interface string `key` in `lang`; Arabic while the table of `lang` has not arrived (see loadLang). */
export function t(lang: Lang, key: StringKey): string {
  return (tables[lang] ?? arabic)[key] ?? '';
}

/** Text direction of the interface in `lang`. */
export function dirOf(lang: Lang): 'rtl' | 'ltr' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

/** The locale that formats numbers and dates for `lang` (Arabic keeps Western digits for legibility). */
export function localeOf(lang: Lang): string {
  return lang === 'ar' ? 'ar-SY-u-nu-latn' : 'en-GB';
}

/** One formatter per language, made on first use: building an Intl formatter costs far more than using one. */
function perLang<F>(make: (locale: string) => F): (lang: Lang) => F {
  const made = new Map<Lang, F>();
  return (lang) => {
    let formatter = made.get(lang);
    if (formatter === undefined) made.set(lang, (formatter = make(localeOf(lang))));
    return formatter;
  };
}

const numberFormat = perLang((locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }));
const dateFormat = perLang(
  (locale) => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
);

/** Build the formatters of `lang` ahead of first use: the first one made loads the locale's data. */
export function prepareFormats(lang: Lang): void {
  numberFormat(lang);
  dateFormat(lang);
}

/** A whole number formatted for `lang`. */
export function formatNumber(value: number, lang: Lang): string {
  return numberFormat(lang).format(value);
}

/** An ISO date (YYYY-MM-DD) shown in the reader's language; the input is returned when it is not a date. */
export function formatDate(iso: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  return dateFormat(lang).format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}
