// Links an excerpt to the agreements it reports on, by what it says: a name the press gives an agreement
// (مذكرة أستانا، اتفاق القاهرة، اتفاق سوتشي … with their spelling variants, matched like place names),
// or, where it says only «الاتفاق», the zone the excerpt is about and the article's date: the zone's
// agreement most recently signed by then. Each link keeps its evidence, as zone links do.
import type { Agreement, AgreementsFile } from '../agreements/schema.ts';
import { normalizeWithMap } from '../arabic/normalize.ts';
import type { AgreementLink, Excerpt, ZoneId } from '../schema.ts';
import { PlaceMatcher, type Term } from './matcher.ts';

/** Words that name "the agreement" without saying which. */
export const GENERIC_AGREEMENT_WORDS = ['الاتفاق', 'الاتفاقية', 'اتفاق', 'اتفاقا', 'اتفاقية', 'المذكرة', 'الهدنة'];
const GENERIC = '@generic';
/** A generic word points to an agreement signed at most this many days before the article. */
export const GENERIC_WINDOW_DAYS = 120;

export interface AgreementLinker {
  matcher: PlaceMatcher;
  byId: Map<string, Agreement>;
  agreements: readonly Agreement[];
}

export function createAgreementLinker(file: Pick<AgreementsFile, 'agreements'>): AgreementLinker {
  const terms: Term[] = [];
  for (const a of file.agreements) for (const name of a.names_ar) terms.push({ name, id: a.id });
  for (const word of GENERIC_AGREEMENT_WORDS) terms.push({ name: word, id: GENERIC });
  return { matcher: new PlaceMatcher(terms), byId: new Map(file.agreements.map((a) => [a.id, a])), agreements: file.agreements };
}

const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/** Of several agreements a name may mean: those of the excerpt's zones, then the latest signed by the article's date. */
function choose(candidates: readonly Agreement[], zones: readonly ZoneId[], date: string | null): Agreement | undefined {
  const ofZones = candidates.filter((a) => a.zones.some((z) => zones.includes(z)));
  const pool = ofZones.length > 0 ? ofZones : candidates;
  const dated = date ? pool.filter((a) => a.date <= date) : pool;
  const ordered = [...(dated.length > 0 ? dated : pool)].sort((a, b) => a.date.localeCompare(b.date));
  return ordered.at(-1);
}

/** The zones an excerpt is about strongly enough to read «الاتفاق» as one of theirs. */
function aboutZones(excerpt: Excerpt): ZoneId[] {
  return excerpt.links.filter((l) => l.strength === 'zone-named' || l.strength === 'core-place').map((l) => l.zone);
}

/** The agreements `excerpt` reports on (its offsets are into the article body), by first mention. */
export function linkAgreements(linker: AgreementLinker, excerpt: Excerpt, date: string | null): AgreementLink[] {
  const norm = normalizeWithMap(excerpt.text);
  const matches = linker.matcher.findNormalized(excerpt.text, norm);
  const zones = aboutZones(excerpt);
  const links = new Map<string, AgreementLink>();
  const add = (agreement: Agreement, rule: AgreementLink['rule'], m: { start: number; end: number; surface: string }): void => {
    const evidence = { start: m.start + excerpt.start, end: m.end + excerpt.start, surface: m.surface, place_id: null, rule };
    const link = links.get(agreement.id);
    if (link) link.evidence.push(evidence);
    else links.set(agreement.id, { agreement: agreement.id, rule, evidence: [evidence] });
  };
  const generic = matches.filter((m) => m.ids.includes(GENERIC));
  for (const m of matches) {
    if (m.ids.includes(GENERIC)) continue;
    const chosen = choose(m.ids.flatMap((id) => linker.byId.get(id) ?? []), zones, date);
    if (chosen) add(chosen, 'agreement-named', m);
  }
  // «الاتفاق» alone: only when no agreement is named, the excerpt is about one zone and the article is dated.
  if (links.size === 0 && generic.length > 0 && date && new Set(zones).size === 1) {
    const zone = zones[0]!;
    const recent = linker.agreements.filter(
      (a) => a.zones.includes(zone) && a.date <= date && dayNumber(date) - dayNumber(a.date) <= GENERIC_WINDOW_DAYS,
    );
    const chosen = choose(recent, [zone], date);
    if (chosen) for (const m of generic) add(chosen, 'generic-zone-date', m);
  }
  return [...links.values()];
}
