// The worker's protocol, kept apart from the worker global so tests can call it directly.
import { checkImportBlob, checkImportBytes } from './check.ts';
import { importError, texts } from './messages.ts';
import type { ImportResult } from './types.ts';

export type ImportRequest = { file: Blob & { name?: string } } | { buffer: ArrayBuffer; name: string };

/** Always resolves with one ImportResult, even when reading the file fails. */
export async function handleImportRequest(request: ImportRequest): Promise<ImportResult> {
  const name = 'file' in request ? (request.file.name ?? 'file') : request.name;
  const bytes = 'file' in request ? request.file.size : request.buffer.byteLength;
  try {
    if ('file' in request) return await checkImportBlob(request.file, name);
    return checkImportBytes(new Uint8Array(request.buffer), name);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, name, bytes, error: importError('unreadable', name, texts.unreadable(detail)) };
  }
}
