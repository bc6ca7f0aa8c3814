// Relevance, as FlexSearch scores it: the index keeps each term's documents in SCORE_SLOTS slots, the
// first for the documents the term matters most to. The ingest puts a document in a term's slot by
// BM25's term weight (how often the excerpt holds the term, for its length against the corpus's
// average), cut into equal steps; a search adds up, for each query word, the weight of the best slot
// a document has among the word's terms, times the word's rarity (BM25's idf over the documents
// holding one of its terms). Ties keep the newest first.

/** FlexSearch's resolution: the number of score slots of each term. */
export const SCORE_SLOTS = 9;
const K1 = 1.2;
const B = 0.75;
const MAX_WEIGHT = K1 + 1;

/** BM25's weight of a term held `tf` times in a document of `length` terms (average `average`). */
function termWeight(tf: number, length: number, average: number): number {
  return (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / average));
}

/** The slot of a term held `tf` times in a document of `length` terms: 0 for the heaviest weights. */
export function slotOf(tf: number, length: number, average: number): number {
  const step = Math.floor((termWeight(tf, length, average) / MAX_WEIGHT) * SCORE_SLOTS);
  return Math.min(SCORE_SLOTS - 1, Math.max(0, SCORE_SLOTS - 1 - step));
}

/** The weight a slot stands for (the middle of its step). */
export function slotWeight(slot: number): number {
  return ((SCORE_SLOTS - slot - 0.5) / SCORE_SLOTS) * MAX_WEIGHT;
}

/** BM25's idf of a query word held by `holding` of `docs` documents. */
export function rarity(holding: number, docs: number): number {
  return Math.log(1 + (docs - holding + 0.5) / (holding + 0.5));
}

/**
 * FlexSearch's `score` option for the ingest: a document's content is its terms with repeats (one
 * per form of each word, see docTerms), so a term's count in it is how often the excerpt holds it.
 * The counts of one document are worked out once, on its first term.
 */
export function scoreByWeight(average: number): (content: string[], term: string) => number {
  let last: string[] | null = null;
  let counts = new Map<string, number>();
  return (content, term) => {
    if (content !== last) {
      last = content;
      counts = new Map();
      for (const t of content) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    return slotOf(counts.get(term) ?? 1, content.length, average);
  };
}
