// The floor of the load benchmark: the least a page can do to show the zones (geo/zones-map.geojson, the file the app draws) with MapLibre.
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import zonesUrl from '../../../geo/zones-map.geojson?url&no-inline';

setWorkerUrl(workerUrl);

const container = document.getElementById('map');
if (!container) throw new Error('tests/bench/floor/index.html: the #map element is missing');

const map = new MapLibreMap({
  container,
  bounds: [35.4, 32.2, 42.6, 37.5],
  style: {
    version: 8,
    sources: { zones: { type: 'geojson', data: new URL(zonesUrl, document.baseURI).href } },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#f4f4f2' } },
      { id: 'zones', type: 'fill', source: 'zones', paint: { 'fill-color': '#c0392b', 'fill-opacity': 0.5 } },
    ],
  },
});

let marked = false;
map.on('idle', () => {
  if (marked || !map.isSourceLoaded('zones')) return;
  if (map.queryRenderedFeatures({ layers: ['zones'] }).length === 0) return;
  marked = true;
  performance.mark('atlas:map-idle');
});
