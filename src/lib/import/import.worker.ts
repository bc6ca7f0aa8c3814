// Module Web Worker that checks a dropped or chosen GeoJSON file off the main thread.
// Use from the viewer:
//   const worker = new Worker(new URL('../lib/import/import.worker.ts', import.meta.url), { type: 'module' });
//   worker.postMessage({ file });                      // a File (its name is used in messages)
//   worker.postMessage({ buffer, name }, [buffer]);    // or an ArrayBuffer, transferred
//   worker.onmessage = (e: MessageEvent<ImportResult>) => { ... };
// The reply is exactly one ImportResult per request (see ./types.ts), errors included.
import { handleImportRequest, type ImportRequest } from './request.ts';

self.addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  void handleImportRequest(event.data).then((result) => self.postMessage(result));
});
