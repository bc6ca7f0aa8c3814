// Public surface of the import checker.
export { checkImportBlob, checkImportBytes, checkImportText, checkSize, utf8Length } from './check.ts';
export { handleImportRequest, type ImportRequest } from './request.ts';
export { MAX_IMPORT_BYTES, REGION_BBOX } from './types.ts';
export type { ImportFailed, ImportMessage, ImportOk, ImportResult, ImportedFeatureSummary, OverlayFeature } from './types.ts';
