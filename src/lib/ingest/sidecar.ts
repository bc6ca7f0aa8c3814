// The curator's sidecar (format of seeds.meta.json): { articles: { "<file name>": { date, outlet, ... } } }.
// A key is an input's path relative to the folder given (sub/b.txt) or its base name (b.txt).
import { check, nullable, object, optional, record, regex, pipe, string, looseObject } from 'valibot';
import { getNodeValue, parseTree, type Node, type ParseError } from 'jsonc-parser';
import { parseOrThrow } from '../schema.ts';

/** True for a real calendar day written YYYY-MM-DD (2017-02-31 and 2017-13-45 are not). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

const IsoDate = pipe(
  string(),
  regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD'),
  check(isCalendarDate, (issue) => `date ${String(issue.input)} is not a day of the calendar`),
);

export const SidecarEntry = looseObject({
  title: optional(nullable(string())),
  date: optional(nullable(IsoDate)),
  outlet: optional(nullable(string())),
  url: optional(nullable(string())),
});

const SidecarFile = looseObject({ articles: record(string(), SidecarEntry) });

export interface SidecarMeta {
  title?: string | null;
  date?: string | null;
  outlet?: string | null;
  url?: string | null;
}

const FIELDS = ['title', 'date', 'outlet', 'url'] as const;

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * A key given twice in `articles` (JSON.parse would keep the last silently): refused when the two entries
 * differ, naming both lines.
 */
function checkRepeatedKeys(jsonText: string, file: string): void {
  const errors: ParseError[] = [];
  const root = parseTree(jsonText, errors, { allowTrailingComma: false, disallowComments: true });
  const articles = root?.children?.find((p: Node) => p.children?.[0]?.value === 'articles')?.children?.[1];
  const seen = new Map<string, Node>();
  for (const prop of articles?.children ?? []) {
    const [keyNode, valueNode] = prop.children ?? [];
    if (!keyNode || !valueNode) continue;
    const key = String(keyNode.value);
    const first = seen.get(key);
    if (!first) {
      seen.set(key, prop);
      continue;
    }
    const a = JSON.stringify(getNodeValue(first.children![1]!));
    const b = JSON.stringify(getNodeValue(valueNode));
    if (a !== b) {
      throw new Error(
        `${file}: gives ${JSON.stringify(key)} twice with different metadata (lines ${lineOf(jsonText, first.offset)} and ${lineOf(jsonText, prop.offset)}); keep one`,
      );
    }
  }
}

/** Parse sidecar JSON text; throws a one-line error naming `file`. */
export function parseSidecar(jsonText: string, file: string): Map<string, SidecarMeta> {
  let raw: unknown;
  try {
    raw = JSON.parse(jsonText);
  } catch (e) {
    throw new Error(`${file}: not valid JSON (${(e as Error).message})`);
  }
  const parsed = parseOrThrow(SidecarFile, raw, file);
  checkRepeatedKeys(jsonText, file);
  const out = new Map<string, SidecarMeta>();
  for (const [name, entry] of Object.entries(parsed.articles)) {
    const meta: SidecarMeta = {};
    for (const f of FIELDS) if (entry[f] !== undefined) meta[f] = entry[f];
    out.set(name, meta);
  }
  return out;
}

const baseName = (name: string): string => name.slice(name.lastIndexOf('/') + 1);

/**
 * Which sidecar entry describes which input. The entry for an input's full relative path wins over one
 * for its base name; a base-name entry serves a file in a subfolder only when no other input has that
 * base name. Conflicts and entries that serve no input become warnings.
 */
export class SidecarLookup {
  private readonly used = new Set<string>();
  private readonly baseCount = new Map<string, number>();
  private readonly names: Set<string>;
  readonly warnings: string[] = [];

  constructor(
    private readonly entries: Map<string, SidecarMeta>,
    private readonly file: string,
    inputNames: readonly string[],
  ) {
    this.names = new Set(inputNames);
    for (const n of inputNames) this.baseCount.set(baseName(n), (this.baseCount.get(baseName(n)) ?? 0) + 1);
  }

  get size(): number {
    return this.entries.size;
  }

  /** The metadata for the input called `name` (relative path), if the sidecar has any. */
  get(name: string): SidecarMeta | undefined {
    const exact = this.entries.get(name);
    const base = baseName(name);
    const byBase = base !== name ? this.entries.get(base) : undefined;
    const baseApplies = byBase !== undefined && this.baseCount.get(base) === 1;
    if (exact) {
      this.used.add(name);
      if (baseApplies) {
        this.used.add(base);
        const differ = FIELDS.filter((f) => byBase[f] !== undefined && exact[f] !== undefined && byBase[f] !== exact[f]);
        if (differ.length > 0) {
          this.warn(`${this.file}: ${JSON.stringify(name)} and ${JSON.stringify(base)} give different ${differ.join(', ')}; the entry for the full path ${JSON.stringify(name)} is used`);
        }
      }
      return exact;
    }
    if (baseApplies) {
      this.used.add(base);
      return byBase;
    }
    if (byBase && !this.names.has(base)) {
      this.warn(`${this.file}: ${JSON.stringify(base)} matches several inputs; give each its path (such as ${JSON.stringify(name)})`);
    }
    return undefined;
  }

  private warn(line: string): void {
    if (!this.warnings.includes(line)) this.warnings.push(line);
  }

  /** Warnings for the entries that name no input (an input refused before its metadata was read is still one). */
  unusedWarnings(): string[] {
    return [...this.entries.keys()]
      .filter((k) => !this.used.has(k) && !this.names.has(k) && !this.baseCount.has(k))
      .sort()
      .map((k) => `${this.file}: metadata for ${JSON.stringify(k)}, which is not among the inputs`);
  }
}

/** A record's own fields ({title, date, outlet, url}) validated like a sidecar entry. */
export const RecordFields = object({
  title: optional(nullable(string())),
  date: optional(nullable(IsoDate)),
  outlet: optional(nullable(string())),
  url: optional(nullable(string())),
  text: string(),
});
