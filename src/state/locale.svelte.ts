// The interface language; Arabic by default. Keeps <html lang/dir> in step with it.
import { createContext } from 'svelte';
import { dirOf, hasLang, loadLang, t, type Lang, type StringKey } from '../lib/i18n.ts';

export class LocaleState {
  lang = $state.raw<Lang>('ar');

  get dir(): 'rtl' | 'ltr' {
    return dirOf(this.lang);
  }

  /** The interface string `key` in the current language. */
  t = (key: StringKey): string => t(this.lang, key);

  /** Pick the Arabic or English variant of a bilingual value. */
  pick = (ar: string, en: string): string => (this.lang === 'ar' ? ar : en);

  /** The language asked for last: when its strings arrive later than another's, the last ask wins. */
  #wanted: Lang = 'ar';

  /** Switch to `lang`; a language whose strings are not here yet switches once they arrive. */
  set(lang: Lang): void {
    this.#wanted = lang;
    if (hasLang(lang)) return this.#apply(lang);
    loadLang(lang).then(
      () => {
        if (this.#wanted === lang) this.#apply(lang);
      },
      () => {
        this.#wanted = this.lang; // offline with a stale page: stay in the current language
      },
    );
  }

  #apply(lang: Lang): void {
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

/** Hand the state down to child components; `useLocale` throws where no parent provided it. */
export const [useLocale, provideLocale] = createContext<LocaleState>();
