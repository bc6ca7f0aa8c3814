// The curator's sidecar (format of seeds.meta.json): { articles: { "<file name>": { date, outlet, ... } } }.
import { nullable, object, optional, record, regex, pipe, string, looseObject } from 'valibot';
import { parseOrThrow } from '../schema.ts';

const IsoDate = pipe(string(), regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD'));

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

/** Parse sidecar JSON text; throws a one-line error naming `file`. Keys are file names (base names). */
export function parseSidecar(jsonText: string, file: string): Map<string, SidecarMeta> {
  let raw: unknown;
  try {
    raw = JSON.parse(jsonText);
  } catch (e) {
    throw new Error(`${file}: not valid JSON (${(e as Error).message})`);
  }
  const parsed = parseOrThrow(SidecarFile, raw, file);
  const out = new Map<string, SidecarMeta>();
  for (const [name, entry] of Object.entries(parsed.articles)) {
    const meta: SidecarMeta = {};
    if (entry.title !== undefined) meta.title = entry.title;
    if (entry.date !== undefined) meta.date = entry.date;
    if (entry.outlet !== undefined) meta.outlet = entry.outlet;
    if (entry.url !== undefined) meta.url = entry.url;
    out.set(name, meta);
  }
  return out;
}

/** A record's own fields ({title, date, outlet, url}) validated like a sidecar entry. */
export const RecordFields = object({
  title: optional(nullable(string())),
  date: optional(nullable(IsoDate)),
  outlet: optional(nullable(string())),
  url: optional(nullable(string())),
  text: string(),
});
