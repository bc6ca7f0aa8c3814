// Public surface of the exporter, for the viewer and the CLI.
export { buildExport, EXPORT_NAME, GENERATED_BY, type ExportInputs, type ExportOptions } from './build.ts';
export { citationRows, citationsCsv, csvCell, CSV_COLUMNS, type CitationRow } from './csv.ts';
export { exportedExcerpts } from './excerpts.ts';
export { serialiseExport } from './serialise.ts';
export type { ExportCollection, ExportedExcerpt, ExportProperties } from './schema.ts';
