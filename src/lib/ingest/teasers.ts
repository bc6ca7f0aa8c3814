// Pages that append the leads of other stories after the article ("more news" teasers, with no header):
// a run at the end of paragraphs that each open a story of their own (a lead sentence, not a paragraph
// continuing with و / ف / أما / كما …) and share almost no content word with the title and the lead
// paragraphs, nor with the paragraph before them. Two such paragraphs in a row make the run; it then
// extends back over lead-like paragraphs that share nothing with the title and lead.
import { sharedCount, topicWords } from './topic-words.ts';

// A paragraph that opens with a conjunction or a linking phrase carries on the story before it: و / ف
// before a word («وقال»), or before a short particle («وفي», «ومع», «وعن»), and the phrases of a report's
// later paragraphs («من جهة أخرى», «في سياق متصل», «يذكر أن»).
const CONTINUES = new RegExp(
  '^["«“(]?\\s*(?:(?:و|ف)(?:(?=[\\u0621-\\u064a]{3})|(?:في|مع|عن|من|قد|لم|لن|لا|هو|هي|هم|ما|ان|أن|إن)(?![\\u0621-\\u064a]))' +
    '|أما|اما|كما|لكن|إلا|الا|غير أن|غير ان|بينما|في حين|من جهة|من جهته|من جهتها|من جانبه|من جانبها|في سياق|في المقابل|بدوره|بدورها|يذكر أن|يذكر ان|يشار إلى|يشار الى|وتجدر|تجدر)',
);
/** A teaser is a full lead sentence; shorter lines are subheadings or quotes of the article. */
const MIN_LENGTH = 120;
/**
 * At most this many content words in common with the title and lead (a name, a country), or this share
 * of the paragraph's own words when that is more (never more than SHARED_CAP): a story from the same region
 * names the same country.
 */
const SHARED_AT_MOST = 2;
const SHARED_SHARE = 0.2;
const SHARED_CAP = 3;
/** Two stories in a row share at most this many, or this share (a paragraph continuing one shares more). */
const PREV_AT_MOST = 1;
const PREV_SHARE = 0.1;
const PREV_CAP = 2;
/** The article itself keeps at least this many paragraphs. */
const KEEP = 3;

const leadLike = (p: string): boolean => p.length > MIN_LENGTH && !CONTINUES.test(p.trim());

/** How many paragraphs at the end of `paragraphs` are teasers of other stories (0 when none). */
export function teaserTail(title: string | null, paragraphs: string[]): number {
  if (paragraphs.length < KEEP + 2) return 0;
  // Each paragraph's words are worked out when first asked for: most tails stop at the last paragraph.
  let refWords: Set<string> | null = null;
  const ref = (): Set<string> => (refWords ??= topicWords(`${title ?? ''} ${paragraphs.slice(0, 2).join(' ')}`));
  const known: (Set<string> | undefined)[] = [];
  const words = (i: number): Set<string> => (known[i] ??= topicWords(paragraphs[i]!));
  const limit = (i: number, least: number, share: number, cap: number): number => Math.min(cap, Math.max(least, Math.floor(words(i).size * share)));
  const apart = (i: number): boolean => leadLike(paragraphs[i]!) && sharedCount(words(i), ref()) <= limit(i, SHARED_AT_MOST, SHARED_SHARE, SHARED_CAP);
  let i = paragraphs.length - 1;
  while (i >= 2 && apart(i) && sharedCount(words(i), words(i - 1)) <= limit(i, PREV_AT_MOST, PREV_SHARE, PREV_CAP)) i--;
  if (paragraphs.length - 1 - i < 2) return 0;
  while (i >= KEEP && apart(i)) i--;
  return i + 1 >= KEEP ? paragraphs.length - 1 - i : 0;
}
