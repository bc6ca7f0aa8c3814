// Paragraph-level excerpts with offsets into the cleaned body; long paragraphs are cut at sentence ends.

export const MAX_EXCERPT = 600;

export interface Span {
  start: number;
  end: number;
}

/** Paragraph spans of `body` (separated by blank lines), trimmed. */
export function paragraphSpans(body: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const lead = m[0].length - m[0].trimStart().length;
    const text = m[0].trim();
    if (text) spans.push({ start: m.index + lead, end: m.index + lead + text.length });
  }
  return spans;
}

/** Sentence end positions inside [start, end): after . ! ? ؟ … or ؛ followed by space or end. */
function sentenceEnds(body: string, start: number, end: number): number[] {
  const ends: number[] = [];
  const re = /[.!?؟…؛]+["”»)]*(?=\s|$)/g;
  re.lastIndex = start;
  const slice = body.slice(0, end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) ends.push(m.index + m[0].length);
  return ends;
}

/** Split one paragraph span into pieces of at most `max` units, at sentence ends, else at spaces. */
export function splitSpan(body: string, span: Span, max = MAX_EXCERPT): Span[] {
  const out: Span[] = [];
  let from = span.start;
  const ends = sentenceEnds(body, span.start, span.end);
  while (span.end - from > max) {
    const limit = from + max;
    let cut = -1;
    for (const e of ends) if (e > from && e <= limit) cut = e;
    if (cut < 0) {
      const space = body.lastIndexOf(' ', limit);
      cut = space > from ? space : limit;
    }
    out.push({ start: from, end: cut });
    from = cut;
    while (from < span.end && /\s/.test(body[from]!)) from++;
  }
  if (from < span.end) out.push({ start: from, end: span.end });
  return out.map((s) => trimSpan(body, s)).filter((s) => s.end > s.start);
}

function trimSpan(body: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(body[start]!)) start++;
  while (end > start && /\s/.test(body[end - 1]!)) end--;
  return { start, end };
}

export interface RawExcerpt {
  id: string;
  start: number;
  end: number;
  text: string;
}

/** Id of the `n`-th excerpt (from 1) of an article. */
export function excerptId(articleId: string, n: number): string {
  return `${articleId}-${String(n).padStart(3, '0')}`;
}

/** Excerpts of an article: ids `<article id>-<nnn>` in body order, stable for the same body. */
export function buildExcerpts(articleId: string, body: string, max = MAX_EXCERPT): RawExcerpt[] {
  const spans = paragraphSpans(body).flatMap((p) => splitSpan(body, p, max));
  return spans.map((s, i) => ({
    id: excerptId(articleId, i + 1),
    start: s.start,
    end: s.end,
    text: body.slice(s.start, s.end),
  }));
}
