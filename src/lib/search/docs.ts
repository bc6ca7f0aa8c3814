// data/search/docs.json: what a search result shows and what the filters test, one row per excerpt in
// the index's document order (a MiniSearch id is the row's number). Rows are tuples to keep the file
// small at corpus scale:
//   articles: [id, title, outlet, date, url]
//   places:   [id, name_ar, name_en]
//   excerpts: [id, article number, start, text, links, mentions]
//     links    flat triples (zone number in ZONE_IDS, strength number in STRENGTHS, 1 when a place
//              inside the zone made the link, else 0)
//     mentions flat triples (start and end relative to the excerpt's start, place number)
import { isCarriedOver } from '../coverage/evidence.ts';
import { array, nullable, number, object, string, tuple, type InferOutput } from 'valibot';
import { STRENGTHS, ZONE_IDS, type Strength, type ZoneId, type ZoneLink } from '../schema.ts';

export const SearchDocsFile = object({
  attribution: string(),
  articles: array(tuple([string(), string(), nullable(string()), nullable(string()), nullable(string())])),
  places: array(tuple([string(), string(), string()])),
  excerpts: array(tuple([string(), number(), number(), string(), array(number()), array(number())])),
});
export type SearchDocsFile = InferOutput<typeof SearchDocsFile>;

export interface SearchArticle {
  id: string;
  title: string;
  outlet: string | null;
  date: string | null;
  url: string | null;
}

export interface SearchPlace {
  id: string;
  name_ar: string;
  name_en: string;
}

export interface DocLink {
  zone: ZoneId;
  strength: Strength;
  /** A place inside the zone (its core or a partly covered sub-district) made the link. */
  inside: boolean;
}

export interface SearchDoc {
  /** Row number: the MiniSearch document id. */
  no: number;
  id: string;
  article: SearchArticle;
  /** Offset of the text in the article's cleaned body. */
  start: number;
  text: string;
  links: DocLink[];
  /** Offsets into the article's cleaned body, as in the excerpt files. */
  mentions: { start: number; end: number; place: SearchPlace }[];
}

/**
 * Whether a link was made by a place inside the zone that the excerpt itself names: its strength, or one
 * of its evidence rows' rules (rows carried over from another paragraph do not count).
 */
export function linkInside(link: ZoneLink): boolean {
  const own = link.evidence.filter((e) => !isCarriedOver(e.rule));
  if (link.evidence.length > 0 && own.length === 0) return false;
  if (link.strength === 'core-place' || link.strength === 'partial-place') return true;
  return own.some((e) => /-(core|partial)$/.test(e.rule));
}

/** The rows of docs.json turned into objects (done once when the file arrives). */
export function decodeDocs(file: SearchDocsFile): SearchDoc[] {
  const articles: SearchArticle[] = file.articles.map(([id, title, outlet, date, url]) => ({ id, title, outlet, date, url }));
  const places: SearchPlace[] = file.places.map(([id, name_ar, name_en]) => ({ id, name_ar, name_en }));
  return file.excerpts.map(([id, a, start, text, flatLinks, flatMentions], no) => {
    const links: DocLink[] = [];
    for (let i = 0; i + 2 < flatLinks.length; i += 3) {
      links.push({ zone: ZONE_IDS[flatLinks[i]!]!, strength: STRENGTHS[flatLinks[i + 1]!]!, inside: flatLinks[i + 2] === 1 });
    }
    const mentions: SearchDoc['mentions'] = [];
    for (let i = 0; i + 2 < flatMentions.length; i += 3) {
      mentions.push({ start: start + flatMentions[i]!, end: start + flatMentions[i + 1]!, place: places[flatMentions[i + 2]!]! });
    }
    return { no, id, article: articles[a]!, start, text, links, mentions };
  });
}
