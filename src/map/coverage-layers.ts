// Coverage on the map: the places the press named (circles sized by how often), and the focus of
// one excerpt (its places as points, its linked zones outlined), fitted with the box from focus.ts.
import type { ExpressionSpecification, GeoJSONSource, LayerSpecification, Map as MapLibreMap, PointLike } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { ExcerptFocus, PlaceProps } from '../lib/coverage/focus.ts';
import { LABEL_FONT } from './fonts.ts';
import { FIRST_LABEL_LAYER, ZONES_SOURCE } from './style.ts';

export const MENTIONED_SOURCE = 'mentioned-places';
export const FOCUS_SOURCE = 'excerpt-places';
export const MENTIONED_LAYER = 'mentioned-places';
export const MENTIONED_LABELS_LAYER = 'mentioned-place-labels';
export const FOCUS_LAYER = 'excerpt-places';
export const FOCUS_ZONES_LAYER = 'excerpt-zone-outline';

type Padding = { top: number; bottom: number; left: number; right: number };
const empty = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });
const zoneFilter = (zones: readonly string[]): ExpressionSpecification => ['in', ['get', 'zone'], ['literal', [...zones]]];

function layers(): LayerSpecification[] {
  return [
    {
      id: FOCUS_ZONES_LAYER,
      type: 'line',
      source: ZONES_SOURCE,
      filter: zoneFilter([]),
      paint: { 'line-color': '#1a73e8', 'line-width': 3.5, 'line-opacity': 0.9 },
    },
    {
      id: MENTIONED_LAYER,
      type: 'circle',
      source: MENTIONED_SOURCE,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['get', 'count'], 1, 4, 10, 8, 30, 13],
        'circle-color': '#e07b00',
        'circle-opacity': 0.7,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1,
      },
    },
    {
      id: MENTIONED_LABELS_LAYER,
      type: 'symbol',
      source: MENTIONED_SOURCE,
      minzoom: 6,
      layout: {
        'text-field': ['format', ['get', 'name_ar'], {}, '\n', {}, ['get', 'name_en'], { 'font-scale': 0.85 }],
        'text-font': [LABEL_FONT],
        'text-size': 11,
        'text-variable-anchor': ['bottom', 'top', 'left', 'right'],
        'text-radial-offset': 0.9,
        'symbol-sort-key': ['-', ['get', 'count']],
      },
      paint: { 'text-color': '#7a4300', 'text-halo-color': '#ffffff', 'text-halo-width': 1.4 },
    },
    {
      id: FOCUS_LAYER,
      type: 'circle',
      source: FOCUS_SOURCE,
      paint: {
        'circle-radius': 7,
        'circle-color': '#1a73e8',
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    },
  ];
}

export class CoverageLayers {
  readonly #map: MapLibreMap;
  readonly #padding: Padding;
  #ready = false;
  #places: FeatureCollection<Point, PlaceProps> = empty() as FeatureCollection<Point, PlaceProps>;
  #focus: ExcerptFocus | null = null;
  #fitted: string | null = null;

  constructor(map: MapLibreMap, padding: Padding) {
    this.#map = map;
    this.#padding = padding;
    const add = (): void => {
      map.addSource(MENTIONED_SOURCE, { type: 'geojson', data: this.#places });
      map.addSource(FOCUS_SOURCE, { type: 'geojson', data: empty() });
      // The named places' circles go under the towns' dots and labels, so that no name is covered;
      // the rest (their own labels, one excerpt's focus) are drawn above everything.
      for (const layer of layers()) map.addLayer(layer, layer.id === MENTIONED_LAYER ? FIRST_LABEL_LAYER : undefined);
      this.#ready = true;
      this.#apply(false);
    };
    if (map.isStyleLoaded()) add();
    else map.once('style.load', add);
    map.on('mouseenter', MENTIONED_LAYER, () => (map.getCanvas().style.cursor = 'pointer'));
    map.on('mouseleave', MENTIONED_LAYER, () => (map.getCanvas().style.cursor = ''));
  }

  /** The place drawn at a screen point, if any (clicks on places win over the zone under them). */
  placeAt(point: PointLike): string | null {
    if (!this.#ready) return null;
    const hit = this.#map.queryRenderedFeatures(point, { layers: [FOCUS_LAYER, MENTIONED_LAYER] })[0];
    const id = hit?.properties['place_id'];
    return typeof id === 'string' ? id : null;
  }

  /** The named places with a point (placesCollection of focus.ts). */
  setPlaces(places: FeatureCollection<Point, PlaceProps>): void {
    this.#places = places;
    if (this.#ready) this.#map.getSource<GeoJSONSource>(MENTIONED_SOURCE)?.setData(places);
  }

  /** Show one excerpt's places and zones, or none; `fit` moves the view to them once per excerpt. */
  setFocus(focus: ExcerptFocus | null, fit: boolean): void {
    this.#focus = focus;
    if (this.#ready) this.#apply(fit);
  }

  /** Draw the focus (the named places are set on their own: a focus changes with every excerpt hovered). */
  #apply(fit: boolean): void {
    const focus = this.#focus;
    this.#map.getSource<GeoJSONSource>(FOCUS_SOURCE)?.setData(focus?.points ?? empty());
    this.#map.setFilter(FOCUS_ZONES_LAYER, zoneFilter(focus?.zones ?? []));
    if (!fit || !focus) {
      if (!focus) this.#fitted = null;
      return;
    }
    if (focus.bounds && this.#fitted !== focus.excerptId) {
      this.#map.fitBounds(focus.bounds, { padding: this.#padding, maxZoom: 9, duration: 600 });
    }
    this.#fitted = focus.excerptId;
  }
}
