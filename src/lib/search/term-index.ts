// The search index as MiniSearch serialises it, built without MiniSearch's radix tree on the way. A
// document's terms are worked out on their own (documentTerms: MiniSearch's tokenize, then processTerm
// per token, field by field), which the ingest's worker threads do; TermIndex then only counts them into
// plain maps, in document order, and at the end lays the terms out in the order MiniSearch's own tree
// gives them (a SearchableMap filled with the terms in the order they were first seen, as MiniSearch
// fills its tree). The result is, byte for byte, JSON.stringify of a MiniSearch that had every document
// added to it one by one (tests/unit/search-term-index.test.ts checks that), at a fraction of the cost.
import SearchableMap from 'minisearch/SearchableMap';

/**
 * A field's terms of one document: its distinct processed terms in the order first met, joined by
 * spaces (no term has one), how often each occurs, and its distinct tokens (MiniSearch's field length;
 * -1 for a field the document does not have).
 */
export interface FieldTerms {
  terms: string;
  counts: number[];
  unique: number;
}

export interface TermOptions {
  fields: readonly string[];
  tokenize: (text: string, field?: string) => string[];
  processTerm: (term: string, field?: string) => string | string[] | null | undefined | false;
}

/** The terms MiniSearch's `add` would index for `doc`, field by field (fields in `o.fields` order). */
export function documentTerms(doc: Record<string, unknown>, o: TermOptions): FieldTerms[] {
  return o.fields.map((field) => {
    const value = doc[field];
    if (value == null) return { terms: '', counts: [], unique: -1 };
    const tokens = o.tokenize(String(value), field);
    const counts = new Map<string, number>();
    const count = (t: string): void => {
      counts.set(t, (counts.get(t) ?? 0) + 1);
    };
    for (const token of tokens) {
      const processed = o.processTerm(token, field);
      if (Array.isArray(processed)) processed.forEach(count);
      else if (processed) count(processed);
    }
    return { terms: [...counts.keys()].join(' '), counts: [...counts.values()], unique: new Set(tokens).size };
  });
}

/** MiniSearch's serialised form (version 2), as its toJSON returns it. */
export interface SerializedIndex {
  documentCount: number;
  nextId: number;
  documentIds: Record<string, number>;
  fieldIds: Record<string, number>;
  fieldLength: Record<string, number[]>;
  averageFieldLength: number[];
  storedFields: Record<string, never>;
  dirtCount: number;
  index: [string, Record<string, Record<string, number>>][];
  serializationVersion: 2;
}

export class TermIndex {
  /** Per term (first seen first), per field number: flat pairs (document number, count), documents ascending, each once. */
  private readonly postings = new Map<string, number[][]>();
  private readonly fieldLength: number[][] = [];
  private readonly averageFieldLength: number[] = [];

  constructor(private readonly fields: readonly string[]) {}

  get documents(): number {
    return this.fieldLength.length;
  }

  /** The next document (numbered from 0 in the order added), from documentTerms. */
  add(terms: readonly FieldTerms[]): void {
    const doc = this.fieldLength.length;
    const lengths: number[] = [];
    this.fieldLength.push(lengths);
    terms.forEach((t, field) => {
      if (t.unique < 0) return;
      lengths[field] = t.unique;
      // MiniSearch's running mean, in its order of operations, so the floating-point figures agree.
      const mean = this.averageFieldLength[field] || 0;
      this.averageFieldLength[field] = (mean * doc + t.unique) / (doc + 1);
      if (t.terms === '') return;
      const terms = t.terms.split(' ');
      for (let i = 0; i < terms.length; i++) {
        const term = terms[i]!;
        let perField = this.postings.get(term);
        if (!perField) this.postings.set(term, (perField = []));
        const pairs = perField[field];
        if (pairs) pairs.push(doc, t.counts[i]!);
        else perField[field] = [doc, t.counts[i]!];
      }
    });
  }

  /** The terms in the order MiniSearch's radix tree iterates them, having been added in first-seen order. */
  private treeOrder(): string[] {
    const tree = new SearchableMap<number>();
    for (const term of this.postings.keys()) tree.set(term, 0);
    return Array.from(tree, ([term]) => term);
  }

  /** JSON.stringify(this), written out directly: the same text without building the objects first. */
  serialize(): string {
    const n = this.documents;
    const parts: string[] = [`{"documentCount":${n},"nextId":${n},"documentIds":{`];
    for (let doc = 0; doc < n; doc++) parts.push(doc === 0 ? `"0":0` : `,"${doc}":${doc}`);
    parts.push(`},"fieldIds":${JSON.stringify(Object.fromEntries(this.fields.map((f, i) => [f, i])))},"fieldLength":{`);
    this.fieldLength.forEach((lengths, doc) => parts.push(`${doc === 0 ? '' : ','}"${doc}":${JSON.stringify(lengths)}`));
    parts.push(`},"averageFieldLength":${JSON.stringify(this.averageFieldLength)},"storedFields":{},"dirtCount":0,"index":[`);
    let first = true;
    for (const term of this.treeOrder()) {
      let entry = `${first ? '' : ','}[${JSON.stringify(term)},{`;
      first = false;
      let firstField = true;
      this.postings.get(term)!.forEach((pairs, field) => {
        entry += `${firstField ? '' : ','}"${field}":{`;
        firstField = false;
        for (let i = 0; i < pairs.length; i += 2) entry += `${i === 0 ? '' : ','}"${pairs[i]}":${pairs[i + 1]}`;
        entry += '}';
      });
      parts.push(`${entry}}]`);
    }
    parts.push('],"serializationVersion":2}');
    return parts.join('');
  }

  toJSON(): SerializedIndex {
    const index: SerializedIndex['index'] = [];
    for (const term of this.treeOrder()) {
      const data: Record<string, Record<string, number>> = {};
      this.postings.get(term)!.forEach((pairs, field) => {
        const freqs: Record<string, number> = {};
        for (let i = 0; i < pairs.length; i += 2) freqs[pairs[i]!] = pairs[i + 1]!;
        data[field] = freqs;
      });
      index.push([term, data]);
    }
    const documentIds: Record<string, number> = {};
    const fieldLength: Record<string, number[]> = {};
    this.fieldLength.forEach((lengths, doc) => {
      documentIds[doc] = doc;
      fieldLength[doc] = lengths;
    });
    return {
      documentCount: this.documents,
      nextId: this.documents,
      documentIds,
      fieldIds: Object.fromEntries(this.fields.map((f, i) => [f, i])),
      fieldLength,
      averageFieldLength: this.averageFieldLength,
      storedFields: {},
      dirtCount: 0,
      index,
      serializationVersion: 2,
    };
  }
}
