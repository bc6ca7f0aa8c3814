// MapLibre follows its container's size through a throttled observer (50 ms): a fit asked for right
// after the page's layout changed (a phone's bottom sheet opening) would frame the old size.
import type { Map as MapLibreMap } from 'maplibre-gl';

/** Resize the map now if its canvas no longer matches its container. */
export function syncSize(map: MapLibreMap): void {
  const container = map.getContainer();
  const canvas = map.getCanvas();
  if (container.clientWidth !== canvas.clientWidth || container.clientHeight !== canvas.clientHeight) map.resize();
}
