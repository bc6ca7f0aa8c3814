// The run's warnings grouped by kind for the end-of-run summary: "412 articles: no date (…)". Each warning
// line is "<file>: <what>"; the kind is the <what> with the parts that name one case (a file, a value) taken out.

interface Kind {
  re: RegExp;
  kind: (m: RegExpExecArray) => string;
  unit: string;
}

const KINDS: Kind[] = [
  { re: /^same article as /, kind: () => 'same body as another input (processed once)', unit: 'articles' },
  { re: /^contradictory (\w+):/, kind: (m) => `contradictory ${m[1]} (metadata kept)`, unit: 'articles' },
  { re: /^metadata for .*, which is not among the inputs$/, kind: () => 'sidecar entry for a file not among the inputs', unit: 'entries' },
  { re: /^the date equals the page's last-updated stamp/, kind: () => "the date equals the page's last-updated stamp", unit: 'articles' },
  { re: /^<TIME> ".*" is not/, kind: () => '<TIME> not an RFC 2822 or ISO date (ignored)', unit: 'records' },
  { re: /^date ".*" is not a date/, kind: () => 'date cell not a date (ignored)', unit: 'rows' },
  { re: /^no date\b/, kind: (m) => m.input, unit: 'articles' },
  { re: /^no title found\b/, kind: (m) => m.input, unit: 'articles' },
];

/** The kind of one warning line and what its count counts. */
export function warningKind(line: string): { kind: string; unit: string } {
  const cut = line.indexOf(': ');
  const what = cut >= 0 ? line.slice(cut + 2) : line;
  for (const k of KINDS) {
    const m = k.re.exec(what);
    if (m) return { kind: k.kind(m), unit: k.unit };
  }
  return { kind: what.replace(/"[^"]*"/g, '"…"').replace(/\d+/g, 'N'), unit: 'warnings' };
}

/** Kinds with their counts, most frequent first (then by name, so the order is stable). */
export function groupWarnings(lines: string[]): { kind: string; unit: string; count: number }[] {
  const groups = new Map<string, { kind: string; unit: string; count: number }>();
  for (const line of lines) {
    const { kind, unit } = warningKind(line);
    const g = groups.get(kind);
    if (g) g.count++;
    else groups.set(kind, { kind, unit, count: 1 });
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
}
