// Attached prefixes on Arabic names (conjunctions, prepositions, the article), on normalised text.
// A name that starts with ال may also appear as لل… ("to the"), where the alef of the article drops.

export interface PrefixCandidate {
  /** How many normalised units of the text the prefix covers. */
  skip: number;
  /** Text to feed to the matcher before the rest of the word (restores a dropped article). */
  seed: string;
  /** The prefix as it appears in the text (for evidence). */
  prefix: string;
}

function isLetter(code: number): boolean {
  return (code >= 0x0621 && code <= 0x064a) || (code >= 0x0671 && code <= 0x06d3);
}

const WAW = 0x0648;
const FA = 0x0641;
const BA = 0x0628;
const LAM = 0x0644;
const KAF = 0x0643;
const ALEF = 0x0627;
const isClitic = (c: number): boolean => c === WAW || c === FA || c === BA || c === LAM || c === KAF;
const follows = (text: string, at: number): boolean => at < text.length && isLetter(text.charCodeAt(at));

/**
 * The readings of prefixCandidates as numbers, written into `out` (room for 6), without making strings:
 * each is skip × 2, + 1 when the article ال is to be fed before the rest (a dropped alef). Returns how many.
 */
export function prefixReadings(text: string, pos: number, out: Uint8Array): number {
  out[0] = 0;
  let n = 1;
  const a = text.charCodeAt(pos);
  const clitic = isClitic(a);
  if (a !== ALEF && !clitic) return n;
  // The article itself on a name stored without it (ال، وال، بال، فال، كال): tried as a prefix too.
  const articleAt = clitic && a !== LAM ? pos + 1 : pos;
  if (text.charCodeAt(articleAt) === ALEF && text.charCodeAt(articleAt + 1) === LAM && follows(text, articleAt + 2) && text.charCodeAt(articleAt + 2) !== LAM) {
    out[n++] = (articleAt + 2 - pos) * 2;
  }
  if (!clitic) return n;
  const b = text.charCodeAt(pos + 1);
  if (follows(text, pos + 1)) out[n++] = 2;
  if (a === LAM && b === LAM && follows(text, pos + 2)) out[n++] = 2 * 2 + 1;
  if ((a === WAW || a === FA) && isClitic(b) && b !== WAW && b !== FA && follows(text, pos + 2)) {
    out[n++] = 2 * 2;
    if (b === LAM && text.charCodeAt(pos + 2) === LAM && follows(text, pos + 3)) out[n++] = 3 * 2 + 1;
  }
  return n;
}

const readings = new Uint8Array(8);

/**
 * The ways a word starting at `pos` of normalised `text` may carry prefixes before a name:
 * none, the article (ال، وال، بال …) for names stored without it, a clitic (و ف ب ل ك), two clitics
 * (وب، ول، فب …), and لل / ولل / فلل standing for ل + ال. A candidate is only offered when letters follow it.
 */
export function prefixCandidates(text: string, pos: number): PrefixCandidate[] {
  const n = prefixReadings(text, pos, readings);
  const found: PrefixCandidate[] = [];
  for (let k = 0; k < n; k++) {
    const skip = readings[k]! >> 1;
    found.push({ skip, seed: readings[k]! & 1 ? 'ال' : '', prefix: text.slice(pos, pos + skip) });
  }
  return found;
}

/** Strip attached prefixes from a single normalised word for lookups (keeps the article ال). */
export function stripPrefixes(word: string): string[] {
  return prefixCandidates(word, 0).map((c) => c.seed + word.slice(c.skip));
}
