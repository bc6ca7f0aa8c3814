// The exported text: compact JSON, one trailing newline. Key order is fixed by construction,
// so the same inputs give byte-identical output.
import type { ExportCollection } from './schema.ts';

export function serialiseExport(collection: ExportCollection): string {
  return `${JSON.stringify(collection)}\n`;
}
