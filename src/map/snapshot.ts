// The map's pixels at a chosen resolution, for "save map as image": the map is redrawn at `ratio`
// device pixels per CSS pixel, its canvas copied in the frame it was drawn (WebGL clears it after),
// and the old resolution restored. Also what a picture of the map needs said beside it: the zoom and
// latitude for a scale bar, and the attribution the map shows.
import type { Map as MapLibreMap } from 'maplibre-gl';

export interface MapPixels {
  image: HTMLCanvasElement;
  /** CSS pixels of the map. */
  width: number;
  height: number;
  ratio: number;
  zoom: number;
  latitude: number;
  attribution: string;
}

function nextRender(map: MapLibreMap, draw: () => void): Promise<void> {
  return new Promise((done) => {
    map.once('render', () => {
      draw();
      done();
    });
    map.triggerRepaint();
  });
}

export async function mapPixels(map: MapLibreMap, ratio: number, attribution: string): Promise<MapPixels> {
  const before = map.getPixelRatio();
  const container = map.getContainer();
  const width = container.clientWidth;
  const height = container.clientHeight;
  const image = document.createElement('canvas');
  image.width = Math.round(width * ratio);
  image.height = Math.round(height * ratio);
  try {
    map.setPixelRatio(ratio);
    await new Promise<void>((done) => map.once('idle', () => done()));
    await nextRender(map, () => image.getContext('2d')!.drawImage(map.getCanvas(), 0, 0, image.width, image.height));
  } finally {
    map.setPixelRatio(before);
  }
  return { image, width, height, ratio, zoom: map.getZoom(), latitude: map.getCenter().lat, attribution };
}
