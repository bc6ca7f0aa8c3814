// Pages that append the leads of other stories after the article ("more news" teasers, with no header):
// a run at the end of paragraphs that each open a story of their own (a lead sentence, not a paragraph
// continuing with و / ف / أما / كما …) and share almost no content word with the title and the lead
// paragraphs, nor with the paragraph before them. Two such paragraphs in a row make the run; it then
// extends back over lead-like paragraphs that share nothing with the title and lead.
import { sharedCount, topicWords } from './topic-words.ts';

const CONTINUES = /^["«“(]?\s*(?:(?:و|ف)(?=[\u0621-\u064a]{3})|أما|اما|كما|لكن|إلا|الا|غير أن|غير ان|بينما|في حين)/;
/** A teaser is a full lead sentence; shorter lines are subheadings or quotes of the article. */
const MIN_LENGTH = 120;
/** At most this many content words in common with the title and lead (a name, a country). */
const SHARED_AT_MOST = 2;
/** Two stories in a row share at most this many (a paragraph continuing one shares more). */
const PREV_AT_MOST = 1;
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
  const apart = (i: number): boolean => leadLike(paragraphs[i]!) && sharedCount(words(i), ref()) <= SHARED_AT_MOST;
  let i = paragraphs.length - 1;
  while (i >= 2 && apart(i) && sharedCount(words(i), words(i - 1)) <= PREV_AT_MOST) i--;
  if (paragraphs.length - 1 - i < 2) return 0;
  while (i >= KEEP && apart(i)) i--;
  return i + 1 >= KEEP ? paragraphs.length - 1 - i : 0;
}
