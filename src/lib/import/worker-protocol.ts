// The import worker's messages: check a file (and keep its tiles under the overlay's id), give one
// tile of a kept overlay, forget an overlay. Every request carries a sequence number that its reply
// repeats, since the map asks for many tiles at once. Kept apart from the worker global so tests can
// call it directly.
import { importError, texts } from './messages.ts';
import { handleImportRequest } from './request.ts';
import { OverlayTiles } from './overlay-tiles.ts';
import type { ImportFailed, ImportOk } from './types.ts';

/** What the page learns of a checked file: everything but the geometry, which stays in the worker. */
export type ImportChecked = ImportFailed | Omit<ImportOk, 'collection'>;

export type WorkerRequest =
  | { seq: number; kind: 'check'; id: string; file: Blob & { name?: string } }
  | { seq: number; kind: 'tile'; id: string; z: number; x: number; y: number }
  | { seq: number; kind: 'drop'; id: string };

export type WorkerReply = { seq: number; kind: 'checked'; result: ImportChecked } | { seq: number; kind: 'tile'; tile: ArrayBuffer } | { seq: number; kind: 'dropped' };

/** The reply to one request and the buffers to transfer with it. */
export async function answerWorkerRequest(request: WorkerRequest, tiles: OverlayTiles): Promise<[WorkerReply, Transferable[]]> {
  const { seq } = request;
  if (request.kind === 'tile') {
    let tile: ArrayBuffer;
    try {
      tile = tiles.tile(request.id, request.z, request.x, request.y);
    } catch {
      tile = new ArrayBuffer(0);
    }
    return [{ seq, kind: 'tile', tile }, [tile]];
  }
  if (request.kind === 'drop') {
    tiles.remove(request.id);
    return [{ seq, kind: 'dropped' }, []];
  }
  const result = await handleImportRequest({ file: request.file });
  if (!result.ok) return [{ seq, kind: 'checked', result }, []];
  const { collection, ...rest } = result;
  try {
    tiles.add(request.id, collection);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const failed: ImportFailed = { ok: false, name: result.name, bytes: result.bytes, error: importError('unreadable', result.name, texts.unreadable(detail)) };
    return [{ seq, kind: 'checked', result: failed }, []];
  }
  return [{ seq, kind: 'checked', result: rest }, []];
}
