// Split an excerpt's text into plain and highlighted runs, from spans whose offsets count into the
// article's cleaned body (so the excerpt's own start is subtracted first).

export interface Span {
  start: number;
  end: number;
  place_id?: string | null;
}

export interface Segment {
  text: string;
  mark: boolean;
  /** Places named by a highlighted run (several when spans overlapped); empty for plain runs. */
  place_ids: string[];
}

interface Range {
  start: number;
  end: number;
  ids: string[];
}

/** Spans made local to the text, clipped to it, sorted, and overlapping ones merged. */
function localRanges(length: number, offset: number, spans: readonly Span[]): Range[] {
  const ranges = spans
    .map((s) => ({
      start: Math.max(0, s.start - offset),
      end: Math.min(length, s.end - offset),
      ids: s.place_id ? [s.place_id] : [],
    }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) {
      last.end = Math.max(last.end, r.end);
      for (const id of r.ids) if (!last.ids.includes(id)) last.ids.push(id);
    } else {
      merged.push({ ...r, ids: [...r.ids] });
    }
  }
  return merged;
}

/**
 * The runs of `text` (which starts at `offset` in the article) with the given spans highlighted.
 * Spans partly outside the text are clipped; spans wholly outside are ignored. Joining the runs'
 * text always gives back `text`.
 */
export function highlightSegments(text: string, offset: number, spans: readonly Span[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const r of localRanges(text.length, offset, spans)) {
    if (r.start > at) segments.push({ text: text.slice(at, r.start), mark: false, place_ids: [] });
    segments.push({ text: text.slice(r.start, r.end), mark: true, place_ids: r.ids });
    at = r.end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), mark: false, place_ids: [] });
  return segments;
}
