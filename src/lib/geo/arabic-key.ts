// Arabic name keys and spelling variants for the geo build. Comparison uses the ingest's
// normaliser (src/lib/arabic/normalize.ts), so that the gazetteer drops exactly the
// aliases the ingest would confuse with a region name.
import { normalizeArabic } from '../arabic/normalize.ts';

const HAMZA_ALEF = /[\u0622\u0623\u0625\u0671]/g; // آ أ إ ٱ

/** The matching key of a name: the ingest's normal form, NFC first, spaces squeezed. */
export function arabicKey(text: string): string {
  return normalizeArabic(text.normalize('NFC')).replace(/\s+/g, ' ').trim();
}

/**
 * Spellings a writer may use for the same name: with and without hamza on alef,
 * and with ة or ه at the end of a word. The input comes first; the rest are sorted.
 */
export function spellingVariants(name: string): string[] {
  const base = name.normalize('NFC').trim();
  const noHamza = base.replace(HAMZA_ALEF, '\u0627');
  const forms = [base, noHamza].flatMap((f) => [f, f.replace(/\u0629(?=\s|$)/g, '\u0647')]);
  const rest = [...new Set(forms)].filter((f) => f !== base).sort();
  return [base, ...rest];
}
