// .json (one record or an array) and .jsonl (one record a line): {title, date, outlet, url, text}.
import { safeParse } from 'valibot';
import { RecordFields } from '../../lib/ingest/sidecar.ts';
import type { SourceDoc } from '../../lib/ingest/article.ts';

export function parseRecords(content: string, file: string, jsonl: boolean): { docs: SourceDoc[]; errors: string[] } {
  const items: { at: string; value: unknown }[] = [];
  const errors: string[] = [];
  if (jsonl) {
    content.split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      try {
        items.push({ at: `${file}#${i + 1}`, value: JSON.parse(line) });
      } catch {
        errors.push(`${file}: line ${i + 1} is not valid JSON`);
      }
    });
  } else {
    let raw: unknown;
    try {
      raw = JSON.parse(content);
    } catch (e) {
      return { docs: [], errors: [`${file}: not valid JSON (${(e as Error).message})`] };
    }
    const list = Array.isArray(raw) ? raw : [raw];
    list.forEach((value, i) => items.push({ at: Array.isArray(raw) ? `${file}#${i + 1}` : file, value }));
  }
  const docs: SourceDoc[] = [];
  for (const { at, value } of items) {
    const r = safeParse(RecordFields, value);
    if (!r.success) {
      const issue = r.issues[0]!;
      errors.push(`${at}: bad record (${issue.path?.map((p) => String(p.key)).join('.') ?? 'record'}: ${issue.message})`);
      continue;
    }
    const { text, ...given } = r.output;
    docs.push({ file: at, text: text.replace(/\r\n?/g, '\n').normalize('NFC'), title: given.title ?? null, given });
  }
  return { docs, errors };
}
