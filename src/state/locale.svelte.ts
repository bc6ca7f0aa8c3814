// The interface language; Arabic by default. Keeps <html lang/dir> in step with it.
import { getContext, setContext } from 'svelte';
import { dirOf, t, type Lang, type StringKey } from '../lib/i18n.ts';

export class LocaleState {
  lang = $state.raw<Lang>('ar');

  get dir(): 'rtl' | 'ltr' {
    return dirOf(this.lang);
  }

  /** The interface string `key` in the current language. */
  t = (key: StringKey): string => t(this.lang, key);

  /** Pick the Arabic or English variant of a bilingual value. */
  pick = (ar: string, en: string): string => (this.lang === 'ar' ? ar : en);

  set(lang: Lang): void {
    this.lang = lang;
    if (typeof document !== 'undefined') {
      document.documentElement.lang = lang;
      document.documentElement.dir = dirOf(lang);
    }
  }

  toggle(): void {
    this.set(this.lang === 'ar' ? 'en' : 'ar');
  }
}

const KEY = Symbol('locale');

export function provideLocale(state: LocaleState): LocaleState {
  return setContext(KEY, state);
}

export function useLocale(): LocaleState {
  const state = getContext<LocaleState | undefined>(KEY);
  if (!state) throw new Error('useLocale: no LocaleState in context; call provideLocale in a parent component');
  return state;
}
