// The whole map style, inline: basemap from the project's own GeoJSON, the zones over it, labels in
// Arabic and English drawn from self-hosted fonts. No glyphs URL, no sprite, no tiles from elsewhere.
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { EXCLUDED_COLOUR, ZONE_COLOURS } from '../lib/zone-info.ts';
import { ZONE_IDS } from '../lib/schema.ts';
import { LABEL_FONT, labelFontFaces } from './fonts.ts';
import { EXCLUDED_PATTERN_ID, TOWN_DOT_ID, TOWN_DOT_RADIUS } from './patterns.ts';
import type { BasemapUrls } from './geo-urls.ts';
import type { DeferredSource } from './deferred-sources.ts';
import type { FeatureCollection } from 'geojson';
import { MINOR_PLACES_MINZOOM } from '../lib/geo/place-ranks.ts';

export const ZONES_SOURCE = 'zones';
export const ZONE_LABELS_SOURCE = 'zone-labels';
export const ZONE_FILL_LAYERS = ['zones-core', 'zones-partial', 'zones-excluded'] as const;
export const LABEL_LAYERS = ['zone-labels', 'place-labels', 'governorate-labels'] as const;
/** The lowest of the label layers (then the towns' dots and labels, then the zones' names): layers added later that must not cover names go below it. */
export const FIRST_LABEL_LAYER = 'governorate-labels';
const GOVERNORATE_LABELS_MINZOOM = 6.6;

/** Sources the style declares empty and deferred-sources.ts fills: nothing of them shows below `minzoom`. */
export function deferredSources(urls: BasemapUrls): DeferredSource[] {
  return [
    { source: 'governorate-labels', url: urls.governorateLabels, minzoom: GOVERNORATE_LABELS_MINZOOM },
    { source: 'minor-places', url: urls.minorPlaces, minzoom: MINOR_PLACES_MINZOOM },
  ];
}

const empty = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });

const zoneColour: ExpressionSpecification = [
  'match',
  ['get', 'zone'],
  ...ZONE_IDS.flatMap((id) => [id, ZONE_COLOURS[id]]),
  '#444444',
] as unknown as ExpressionSpecification;

const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const outlined: ExpressionSpecification = ['boolean', ['feature-state', 'outlined'], false];
const bilingual = (ar: string, en: string): ExpressionSpecification => [
  'format',
  ['get', ar],
  {},
  '\n',
  {},
  ['get', en],
  { 'font-scale': 0.85 },
];

const halo = { 'text-halo-color': '#ffffff', 'text-halo-width': 1.4, 'text-halo-blur': 0.3 };

function basemapLayers(): LayerSpecification[] {
  return [
    { id: 'background', type: 'background', paint: { 'background-color': '#d9e3ea' } },
    { id: 'neighbours', type: 'fill', source: 'neighbours', paint: { 'fill-color': '#ecebe6', 'fill-outline-color': '#b9b5ab' } },
    { id: 'syria', type: 'fill', source: 'syria', paint: { 'fill-color': '#fbfaf6' } },
    {
      id: 'governorate-lines',
      type: 'line',
      source: 'governorate-borders',
      paint: { 'line-color': '#a39d90', 'line-width': 0.8, 'line-dasharray': [3, 2] },
    },
  ];
}

function zoneLayers(): LayerSpecification[] {
  const byPart = (part: string): ExpressionSpecification => ['==', ['get', 'part'], part];
  return [
    {
      id: 'zones-core',
      type: 'fill',
      source: ZONES_SOURCE,
      filter: byPart('core'),
      paint: { 'fill-color': zoneColour, 'fill-opacity': ['case', hovered, 0.78, 0.55] },
    },
    {
      id: 'zones-partial',
      type: 'fill',
      source: ZONES_SOURCE,
      filter: byPart('partial'),
      paint: { 'fill-pattern': ['concat', 'hatch-', ['get', 'zone']], 'fill-opacity': ['case', hovered, 1, 0.75] },
    },
    {
      id: 'zones-excluded',
      type: 'fill',
      source: ZONES_SOURCE,
      filter: byPart('excluded'),
      paint: { 'fill-pattern': EXCLUDED_PATTERN_ID, 'fill-opacity': ['case', hovered, 1, 0.8] },
    },
    {
      id: 'zones-excluded-outline',
      type: 'line',
      source: ZONES_SOURCE,
      filter: byPart('excluded'),
      paint: { 'line-color': EXCLUDED_COLOUR, 'line-width': 1.2, 'line-dasharray': [2, 2] },
    },
    {
      id: 'zones-outline',
      type: 'line',
      source: ZONES_SOURCE,
      filter: ['!=', ['get', 'part'], 'excluded'],
      paint: {
        'line-color': zoneColour,
        'line-width': ['case', selected, 3.2, outlined, 3.2, hovered, 2.2, 1],
        'line-opacity': ['case', ['==', ['get', 'part'], 'partial'], 0.8, 1],
      },
    },
    { id: 'syria-outline', type: 'line', source: 'syria', paint: { 'line-color': '#514c44', 'line-width': 1.3 } },
  ];
}

/**
 * The towns of `source` that `filter` keeps as one symbol each, from `minzoom` on: its dot (an icon) and
 * its bilingual label. The label is optional, so a dot stays where its label has no room; dot and label
 * both take part in collisions, so no town's dot or label is drawn under a zone's name or another
 * label. Bigger towns are placed first (symbol-sort-key), and a little padding keeps neighbouring
 * labels apart. The cities' layer lies above the zones' names (placed first), the other towns' below.
 */
function placeLayer(prefix: string, source: string, minzoom: number, filter?: ExpressionSpecification): LayerSpecification {
  return {
    id: `${prefix}-labels`,
    type: 'symbol',
    source,
    minzoom,
    ...(filter && { filter }),
    layout: {
      'icon-image': TOWN_DOT_ID,
      // The dot's radius: 3.2 px less 0.4 a rank at zoom 5, 3.5 px for all from zoom 9.
      'icon-size': ['interpolate', ['linear'], ['zoom'], 5, ['/', ['-', 3.2, ['*', 0.4, ['get', 'rank']]], TOWN_DOT_RADIUS], 9, 3.5 / TOWN_DOT_RADIUS],
      'text-field': bilingual('name_ar', 'name_en'),
      'text-font': [LABEL_FONT],
      'text-size': ['interpolate', ['linear'], ['zoom'], 5, ['-', 13, ['get', 'rank']], 9, 13],
      'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
      'text-radial-offset': 0.55,
      'text-justify': 'auto',
      'text-optional': true,
      'text-padding': 3,
      'symbol-sort-key': ['get', 'rank'],
    },
    paint: { 'text-color': '#2f2d29', ...halo },
  };
}

/** Where a zone's name may go: on its point, else the first free place on three rings around it (in ems). */
const ZONE_NAME_PLACES = ['center', [0, 0], ...[0.8, 1.8, 2.8].flatMap((d) => ['top', [0, d], 'bottom', [0, -d], 'right', [-d, 0], 'left', [d, 0], 'bottom-right', [-d, -d], 'bottom-left', [d, -d], 'top-right', [-d, d], 'top-left', [d, d]])] as ['center', [number, number], ...(string | [number, number])[]];

/** The capital and the cities (rank 1 and 2): placed before the zones' names, which move aside for them. */
const MAJOR: ExpressionSpecification = ['<=', ['get', 'rank'], 2];

function labelLayers(): LayerSpecification[] {
  return [
    {
      id: FIRST_LABEL_LAYER,
      type: 'symbol',
      source: 'governorate-labels',
      minzoom: GOVERNORATE_LABELS_MINZOOM,
      layout: {
        'text-field': bilingual('name_ar', 'name_en'),
        'text-font': [LABEL_FONT],
        'text-size': 11,
        'text-letter-spacing': 0.02,
      },
      paint: { 'text-color': '#8a8376', ...halo },
    },
    placeLayer('place', 'places', 0, ['!', MAJOR]),
    placeLayer('minor-place', 'minor-places', MINOR_PLACES_MINZOOM),
    {
      id: 'zone-labels',
      type: 'symbol',
      source: ZONE_LABELS_SOURCE,
      layout: {
        'text-field': bilingual('short_ar', 'short_en'),
        'text-font': [LABEL_FONT],
        // Smaller at the opening zooms, where the zones are small (a phone shows all Syria at about 5).
        'text-size': ['interpolate', ['linear'], ['zoom'], 5, 12.5, 7, 15],
        // Always drawn: on its point, or beside it where a city's dot or name is (the first free place).
        'text-variable-anchor-offset': ZONE_NAME_PLACES,
        'text-allow-overlap': true,
        // Room around a zone's name: the towns' dots and labels keep clear of it.
        'text-padding': 1,
        'symbol-z-order': 'source',
      },
      paint: { 'text-color': zoneColour, 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
    },
    placeLayer('major-place', 'places', 0, MAJOR),
  ];
}

/** The complete style for the atlas; the zone sources and the deferred ones start empty and are filled with setData. */
export function atlasStyle(urls: BasemapUrls): StyleSpecification {
  return {
    version: 8,
    name: 'de-escalation atlas',
    'font-faces': labelFontFaces(),
    sources: {
      neighbours: { type: 'geojson', data: urls.neighbours },
      syria: { type: 'geojson', data: urls.syria },
      'governorate-borders': { type: 'geojson', data: urls.governorateBorders },
      'governorate-labels': { type: 'geojson', data: empty() },
      places: { type: 'geojson', data: urls.places },
      'minor-places': { type: 'geojson', data: empty() },
      [ZONES_SOURCE]: { type: 'geojson', data: empty(), promoteId: 'zone' },
      [ZONE_LABELS_SOURCE]: { type: 'geojson', data: empty() },
    },
    layers: [...basemapLayers(), ...zoneLayers(), ...labelLayers()],
  };
}
