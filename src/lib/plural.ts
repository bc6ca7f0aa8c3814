// Counts written with the noun in the form the language's plural rules ask for: Arabic has six
// (zero, one, two, few 3-10, many 11-99, other 100+), English two. Intl.PluralRules picks the form;
// each noun gives its forms per language, `{n}` standing for the formatted number.
import { formatNumber, type Lang } from './i18n.ts';

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type CountNoun = Record<Lang, PluralForms>;

const rules = new Map<Lang, Intl.PluralRules>();

function rulesOf(lang: Lang): Intl.PluralRules {
  let made = rules.get(lang);
  if (!made) rules.set(lang, (made = new Intl.PluralRules(lang === 'ar' ? 'ar' : 'en')));
  return made;
}

/** `n` with `noun` in the plural form `lang` uses for it: «3 مقتطفات», «11 مقتطفاً», «مقتطفان», "1 excerpt". */
export function countOf(n: number, noun: CountNoun, lang: Lang): string {
  const forms = noun[lang];
  const form = forms[rulesOf(lang).select(n)] ?? forms.other;
  return form.replace('{n}', formatNumber(n, lang));
}

export const EXCERPTS: CountNoun = {
  ar: { zero: 'لا مقتطفات', one: 'مقتطف واحد', two: 'مقتطفان', few: '{n} مقتطفات', many: '{n} مقتطفاً', other: '{n} مقتطف' },
  en: { one: '{n} excerpt', other: '{n} excerpts' },
};

export const SUB_DISTRICTS: CountNoun = {
  ar: { zero: 'لا نواحي', one: 'ناحية واحدة', two: 'ناحيتان', few: '{n} نواحٍ', many: '{n} ناحيةً', other: '{n} ناحية' },
  en: { one: '{n} sub-district', other: '{n} sub-districts' },
};
