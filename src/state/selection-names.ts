// The names the live region reads out for a selection: an excerpt's article title, a place's name.
// Each is null while the file that would hold it is still loading; an id that no loaded file knows
// is returned as it is, so the reader still hears something.
import type { CoverageState } from './coverage.svelte.ts';
import type { LocaleState } from './locale.svelte.ts';

/** Words of an excerpt read out when its article has no title. */
const OPENING_CHARS = 60;

export function excerptName(coverage: CoverageState, id: string): string | null {
  const entry = coverage.excerpt(id);
  if (entry) {
    const title = entry.article?.title.trim();
    if (title) return title;
    const text = entry.excerpt.text.trim();
    return text.length > OPENING_CHARS ? `${text.slice(0, OPENING_CHARS)}…` : text;
  }
  // A shared excerpt is looked up through its article file; until that lookup is done it may be there.
  return coverage.locating(id) ? null : id;
}

export function placeName(coverage: CoverageState, locale: LocaleState, id: string): string | null {
  const place = coverage.placesById.get(id);
  if (place) return locale.pick(place.name_ar, place.name_en);
  return coverage.places === null || coverage.places.kind === 'loading' ? null : id;
}
