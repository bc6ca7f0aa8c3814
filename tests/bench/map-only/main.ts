// The third page of the load benchmark: the app's own map (AtlasMap, its whole style and its zones) on
// a page with none of the interface. The bench gives it the size and place of the app's map canvas
// (?x=&y=&w=&h=), so app against map-only is what the interface costs, and map-only against the floor
// is what drawing the atlas's style costs.
import { AtlasMap } from '../../../src/map/atlas-map.ts';
import { ZONES_MAP_URL as ZONES_URL } from '../../../src/map/geo-urls.ts';
import type { ZonesMapCollection } from '../../../src/lib/schema.ts';

const container = document.getElementById('map');
if (!container) throw new Error('tests/bench/map-only/index.html: the #map element is missing');
const query = new URLSearchParams(window.location.search);
const px = (name: string, fallback: string): string => `${Number(query.get(name) ?? fallback)}px`;
Object.assign(container.style, { left: px('x', '0'), top: px('y', '0'), width: px('w', '800'), height: px('h', '600') });

const zones = fetch(ZONES_URL).then(async (response) => {
  if (!response.ok) throw new Error(`${ZONES_URL}: HTTP ${response.status}`);
  // The project's own file, checked by the geo build's tests; the app validates it, this page does not.
  return (await response.json()) as ZonesMapCollection;
});
const atlas = new AtlasMap(container, { onZoneClick: () => undefined, onZoneHover: () => undefined });
void zones.then((collection) => atlas.setZones(collection));
