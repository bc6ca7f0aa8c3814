// Module Web Worker that checks a dropped or chosen GeoJSON file off the main thread and then serves
// the map the overlay's vector tiles (see ./worker-protocol.ts for the messages, ./overlay-tiles.ts for
// the tiles). The page's side is src/ui/import/check-file.ts.
import { answerWorkerRequest, type WorkerRequest } from './worker-protocol.ts';
import { OverlayTiles } from './overlay-tiles.ts';

const tiles = new OverlayTiles();

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  void answerWorkerRequest(event.data, tiles).then(([reply, transfer]) => self.postMessage(reply, { transfer }));
});
