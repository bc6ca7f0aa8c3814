// A memo of a pure function of a word, for the words of a whole corpus: a run's vocabulary is far
// smaller than its words, so most words are worked out once. Memory stays bounded without forgetting
// the common words: entries live in a young and an old generation of at most `size` each; when the
// young one is full it becomes the old one, and a word found only in the old one moves back to the young.

export class WordMemo<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();

  constructor(
    private readonly make: (word: string) => V,
    private readonly size = 100_000,
  ) {}

  get(word: string): V {
    let v = this.young.get(word);
    if (v !== undefined) return v;
    v = this.old.get(word);
    if (v === undefined) v = this.make(word);
    if (this.young.size >= this.size) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(word, v);
    return v;
  }
}
