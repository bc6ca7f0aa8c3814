// Article metadata: what a sidecar (or a record) gives wins; otherwise what the text shows, flagged as inferred.
import { normalizeArabic } from '../arabic/normalize.ts';
import type { Cleaned } from './clean.ts';
import type { SidecarMeta } from './sidecar.ts';

export interface ResolvedMeta {
  title: string;
  outlet: string | null;
  date: string | null;
  url: string | null;
  inferred: ('title' | 'outlet' | 'date')[];
  warnings: string[];
}

const same = (a: string, b: string): boolean =>
  normalizeArabic(a).replace(/\s+/g, ' ').trim() === normalizeArabic(b).replace(/\s+/g, ' ').trim();

const LEAD_WORDS = 10;

/** The first words of the body, with an ellipsis when the sentence goes on. */
export function leadWords(body: string): string | null {
  const first = body.split('\n', 1)[0]!.trim();
  if (first === '') return null;
  const words = first.split(/\s+/);
  return words.length <= LEAD_WORDS ? first : `${words.slice(0, LEAD_WORDS).join(' ')}…`;
}

/** Merge given metadata over what the cleaner inferred; `file` names the article in warnings. */
export function resolveMeta(cleaned: Cleaned, given: SidecarMeta | undefined, file: string): ResolvedMeta {
  const inferred: ResolvedMeta['inferred'] = [];
  const warnings: string[] = [];
  const pick = <K extends 'title' | 'outlet' | 'date'>(key: K, fromText: string | null): string | null => {
    const g = given?.[key];
    if (g !== undefined) {
      if (g !== null && fromText !== null && !same(g, fromText) && key !== 'title') {
        warnings.push(`${file}: contradictory ${key}: metadata says "${g}", the text says "${fromText}" (metadata kept)`);
      }
      return g;
    }
    if (fromText !== null) inferred.push(key);
    return fromText;
  };
  let title = pick('title', cleaned.title);
  if (title === null || title.trim() === '') {
    // A snippet without a headline: its first words stand for one, flagged as inferred.
    title = leadWords(cleaned.body) ?? file;
    if (!inferred.includes('title')) inferred.push('title');
    warnings.push(`${file}: no title found (the text's first words stand for it)`);
  }
  const outlet = pick('outlet', cleaned.outlet?.value ?? null);
  const date = pick('date', cleaned.date?.value ?? null);
  if (date === null) warnings.push(`${file}: no date (none given, no dateline in the text)`);
  for (const d of cleaned.ignoredDates) {
    if (date === d) warnings.push(`${file}: the date equals the page's last-updated stamp ${d}`);
  }
  return { title, outlet, date, url: given?.url ?? null, inferred: inferred.sort(), warnings };
}
