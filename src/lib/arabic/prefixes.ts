// Attached prefixes on Arabic names (conjunctions, prepositions, the article), on normalised text.
// A name that starts with ال may also appear as لل… ("to the"), where the alef of the article drops.

/** Letters that attach to the next word: wa, fa, bi, li, ka. */
const CLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);

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

function followsAt(text: string, at: number): boolean {
  return at < text.length && isLetter(text.charCodeAt(at));
}

/**
 * The ways a word starting at `pos` of normalised `text` may carry prefixes before a name:
 * none, the article (ال، وال، بال …) for names stored without it, a clitic (و ف ب ل ك), two clitics
 * (وب، ول، فب …), and لل / ولل / فلل standing for ل + ال. A candidate is only offered when letters follow it.
 */
export function prefixCandidates(text: string, pos: number): PrefixCandidate[] {
  const found: PrefixCandidate[] = [{ skip: 0, seed: '', prefix: '' }];
  const first = text[pos];
  if (first !== 'ا' && (first === undefined || !CLITICS.has(first))) return found;
  const follows = followsAt.bind(null, text);
  const a = text[pos];
  // The article itself on a name stored without it (ال، وال، بال، فال، كال): tried as a prefix too.
  const articleAt = a !== undefined && CLITICS.has(a) && a !== 'ل' ? pos + 1 : pos;
  if (text.startsWith('ال', articleAt) && follows(articleAt + 2) && text[articleAt + 2] !== 'ل') {
    const skip = articleAt + 2 - pos;
    found.push({ skip, seed: '', prefix: text.slice(pos, pos + skip) });
  }
  if (a === undefined || !CLITICS.has(a)) return found;
  const b = text[pos + 1];
  if (follows(pos + 1)) found.push({ skip: 1, seed: '', prefix: a });
  if (a === 'ل' && b === 'ل' && follows(pos + 2)) found.push({ skip: 2, seed: 'ال', prefix: 'لل' });
  if ((a === 'و' || a === 'ف') && b !== undefined && CLITICS.has(b) && b !== 'و' && b !== 'ف' && follows(pos + 2)) {
    found.push({ skip: 2, seed: '', prefix: a + b });
    if (b === 'ل' && text[pos + 2] === 'ل' && follows(pos + 3)) found.push({ skip: 3, seed: 'ال', prefix: a + 'لل' });
  }
  return found;
}

/** Strip attached prefixes from a single normalised word for lookups (keeps the article ال). */
export function stripPrefixes(word: string): string[] {
  return prefixCandidates(word, 0).map((c) => c.seed + word.slice(c.skip));
}
